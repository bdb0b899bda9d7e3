// The local SQS server's journal: every message it holds (queue and DLQ alike) with its receive count,
// as JSON lines in the state folder, so that what the stack answered 200 for survives a crash of the
// whole stack. Each change is written (one write(2), in the page cache: a killed process loses
// nothing) before the server applies it; a send's answer also waits for fdatasync, shared by the
// sends that arrive meanwhile. At open the journal is replayed and rewritten with only the live
// messages, and it is rewritten the same way when it grows mostly dead.
import {
  closeSync,
  existsSync,
  fdatasync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** What SendMessage stored; enough to put the message back as it was. */
export interface MessageInput {
  MessageBody: string;
  MessageAttributes?: Record<string, unknown>;
  MessageSystemAttributes?: Record<string, unknown>;
}

export interface StoredMessage {
  queue: string;
  id: string;
  input: MessageInput;
  sentAt: number;
  receiveCount: number;
  firstReceiveAt?: number;
}

type Entry =
  | ({ op: 'put' } & StoredMessage)
  | { op: 'receive'; queue: string; id: string; receiveCount: number; firstReceiveAt?: number }
  | { op: 'delete'; queue: string; id: string }
  | { op: 'purge'; queue: string };

/** Rewrite a journal once it is this large and four times what its live messages need. */
const COMPACT_AT_BYTES = 16 * 1024 * 1024;

const line = (entry: Entry) => `${JSON.stringify(entry)}\n`;

function fsyncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can open a directory; the rename is still atomic there.
  }
}

export class SqsJournal {
  /** Live messages by id, in the order they were put (a move to the DLQ puts again). */
  private readonly live = new Map<string, StoredMessage & { bytes: number }>();
  private liveBytes = 0;
  private fileBytes = 0;
  private fd = -1;
  private written = 0;
  private synced = 0;
  private syncing: Promise<void> | undefined;
  private closed = false;
  /** Lines that could not be read at open (a write cut short by a crash). */
  skippedLines = 0;

  private constructor(private readonly file: string) {}

  /** Replays the journal at `file` (if any) and rewrites it with only the live messages. */
  static open(file: string): SqsJournal {
    const journal = new SqsJournal(file);
    if (existsSync(file)) {
      for (const text of readFileSync(file, 'utf8').split('\n')) {
        if (!text) continue;
        let entry: Entry;
        try {
          entry = JSON.parse(text) as Entry;
        } catch {
          journal.skippedLines++; // only the last line can be torn, and its send was never answered
          continue;
        }
        journal.fold(entry, Buffer.byteLength(text) + 1); // its line, newline included
      }
    }
    journal.fd = journal.rewrite();
    return journal;
  }

  /** The messages to put back into `queue`, oldest first. */
  messages(queue: string): StoredMessage[] {
    return [...this.live.values()].filter((m) => m.queue === queue);
  }

  has(id: string): boolean {
    return this.live.has(id);
  }

  get size(): number {
    return this.live.size;
  }

  /** How many puts were written so far: a request that wrote none has nothing to wait for. */
  get puts(): number {
    return this.written;
  }

  /** A new message, or one moved to another queue (same id): its receive count starts again. */
  put(queue: string, id: string, input: MessageInput, sentAt = Date.now()): void {
    this.append({ op: 'put', queue, id, input, sentAt, receiveCount: 0 });
  }

  received(queue: string, id: string, receiveCount: number, firstReceiveAt?: number): void {
    this.append({ op: 'receive', queue, id, receiveCount, firstReceiveAt });
  }

  deleted(queue: string, id: string): void {
    this.append({ op: 'delete', queue, id });
  }

  purged(queue: string): void {
    this.append({ op: 'purge', queue });
  }

  /**
   * Undefined when every put is on disk; otherwise a promise that resolves once it is (one
   * fdatasync for all the puts written before it starts).
   */
  durable(): Promise<void> | undefined {
    if (this.synced >= this.written || this.closed) return undefined;
    return this.syncUntil(this.written);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.durable()?.catch(() => {});
    this.closed = true;
    closeSync(this.fd);
  }

  private append(entry: Entry): void {
    if (this.closed) return; // a timer of the closed server
    const text = line(entry);
    writeSync(this.fd, text);
    const bytes = Buffer.byteLength(text);
    this.fileBytes += bytes;
    if (entry.op === 'put') this.written++;
    this.fold(entry, bytes);
  }

  /** Applies one journal line, `bytes` long, to the live messages. */
  private fold(entry: Entry, bytes: number): void {
    const existing = 'id' in entry ? this.live.get(entry.id) : undefined;
    switch (entry.op) {
      case 'put': {
        const { op: _, ...message } = entry;
        if (existing) this.forget(existing);
        this.live.set(entry.id, { ...message, bytes });
        this.liveBytes += bytes;
        return;
      }
      case 'receive':
        if (existing?.queue !== entry.queue) return; // moved meanwhile
        existing.receiveCount = entry.receiveCount;
        existing.firstReceiveAt ??= entry.firstReceiveAt;
        return;
      case 'delete':
        if (existing?.queue === entry.queue) this.forget(existing);
        return;
      case 'purge':
        for (const m of this.live.values()) if (m.queue === entry.queue) this.forget(m);
        return;
    }
  }

  private forget(message: StoredMessage & { bytes: number }): void {
    this.live.delete(message.id);
    this.liveBytes -= message.bytes;
  }

  /** Writes the live messages to a new file, syncs it and puts it in place; returns its append fd. */
  private rewrite(): number {
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w');
    let bytes = 0;
    try {
      let chunk = '';
      for (const { bytes: _, ...message } of this.live.values()) {
        chunk += line({ op: 'put', ...message });
        if (chunk.length < 1024 * 1024) continue;
        bytes += writeSync(fd, chunk);
        chunk = '';
      }
      if (chunk) bytes += writeSync(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
    fsyncDirectory(dirname(this.file));
    this.fileBytes = bytes;
    this.synced = this.written;
    return openSync(this.file, 'a');
  }

  private async syncUntil(target: number): Promise<void> {
    while (this.synced < target && !this.closed) {
      this.syncing ??= this.syncOnce().finally(() => {
        this.syncing = undefined;
      });
      await this.syncing;
    }
  }

  private async syncOnce(): Promise<void> {
    const upTo = this.written;
    const fd = this.fd;
    await new Promise<void>((resolve, reject) => fdatasync(fd, (e) => (e ? reject(e) : resolve())));
    this.synced = Math.max(this.synced, upTo);
    // Between syncs nothing else touches the file descriptor: the place to compact.
    if (!this.closed && this.fileBytes > COMPACT_AT_BYTES && this.fileBytes > 4 * this.liveBytes) {
      closeSync(this.fd);
      this.fd = this.rewrite();
    }
  }
}
