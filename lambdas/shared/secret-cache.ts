// Caches the signing secrets per container. Pure apart from the injected loader and clock.
import type { SecretLoader } from './secret-loader';

export interface SecretCacheOptions {
  /** How long a fetched value is served without asking again. */
  ttlMs: number;
  /**
   * After a signature miss, refetch only if the cached value was asked for at least this long ago
   * (rotation pickup, bounded against forged requests). Counted from when the fetch was sent, so that
   * a change stored after it is seen by the first miss once this long has passed since the change.
   */
  refreshAfterMissMs: number;
  /** If a refresh fails, keep serving the last good value for at most this long past its TTL. */
  maxStaleMs: number;
  now?: () => number;
}

/** How long a failed refresh is not retried while a stale value can be served. */
const RETRY_AFTER_FAILURE_MS = 30_000;

export class SecretCache {
  private value: string[] | undefined;
  private fetchedAt = 0;
  private failedAt = Number.NEGATIVE_INFINITY;
  private inFlight: Promise<string[]> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly load: SecretLoader,
    private readonly options: SecretCacheOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** The cached secrets, fetched when missing or expired. Rejects only when nothing usable is known. */
  async get(): Promise<string[]> {
    const now = this.now();
    const age = now - this.fetchedAt;
    if (this.value && age < this.options.ttlMs) return this.value;
    const usableStale = this.value && age < this.options.ttlMs + this.options.maxStaleMs;
    // While the store is failing, serve the stale value at once instead of making every request
    // wait for another timeout; try again after a pause.
    if (usableStale && this.value && now - this.failedAt < RETRY_AFTER_FAILURE_MS) return this.value;
    try {
      return await this.fetch();
    } catch (error) {
      this.failedAt = this.now();
      if (usableStale && this.value) return this.value;
      throw error;
    }
  }

  /**
   * Called after a signature did not match: if the cache is old enough, refetch once and return the
   * new list when it differs (the secret was rotated); otherwise undefined, meaning "no new secret".
   */
  async refreshAfterMiss(): Promise<string[] | undefined> {
    if (!this.value || this.now() - this.fetchedAt < this.options.refreshAfterMissMs) return undefined;
    const before = this.value;
    const after = await this.fetch().catch(() => before);
    return after.length === before.length && after.every((s, i) => s === before[i]) ? undefined : after;
  }

  /**
   * Refetches now, whatever the cached value's age, and returns the new list when it differs. For
   * messages ingest already accepted: a mismatch there means this copy is stale, not a forgery.
   */
  async refreshNow(): Promise<string[] | undefined> {
    const before = this.value;
    const after = await this.fetch();
    return before && after.length === before.length && after.every((s, i) => s === before[i])
      ? undefined
      : after;
  }

  private fetch(): Promise<string[]> {
    // One request at a time per container, however many invocations wait on it.
    const sentAt = this.now();
    this.inFlight ??= this.load()
      .then((value) => {
        this.value = value;
        // When it was asked, not answered: a value read before a change is never taken as newer.
        this.fetchedAt = sentAt;
        return value;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }
}
