// `lava-webhooks reconcile`: its options and help; cli/actions/reconcile.ts does it.
import { defineCommand } from '../command';
import { flag } from '../options';

export const reconcileOptions = {
  'dry-run': flag('print the drift, change nothing'),
  force: flag('tombstone beyond the safety limit'),
};

export const reconcileCommand = defineCommand({
  name: 'reconcile',
  summary: 'repair what missed webhooks left wrong, from Lava’s API',
  help: `Usage: lava-webhooks reconcile [--dry-run] [--force]

Pages through Lava's customers and compares them with the table: customers missing from it become
active connections, active connections Lava no longer has (it answers 404) become tombstones, and
changed contact, reference id, subscription and metadata are updated. Each repair is an event at
the time Lava was read, applied like a webhook (a newer webhook wins), archived with source
"reconcile", and announces the same domain events. Prints each drift: the id and what differs.

Only ids of the key's mode are touched (test keys aks_test_… read ids with _test_). More than
max(5, 10 %) of the active connections to tombstone in one run is refused unless --force: an empty
or broken listing must not wipe the table. A run that fails or is cut short resumes where it stopped;
Ctrl-C stops it after the customers in progress and lets its lease go (a second Ctrl-C quits at once).
A listed customer the apply path cannot read (no usable id…) is printed as "unread", skipped and
counted; the others go on. A listing that repeats a cursor or ids, says it has more without a
cursor, or outgrows the run's budget (20,000 pages, 12 hours) ends the run with exit code 1.

Lava's key comes from LAVA_SECRET_KEY, else from the stack's Lava key secret; LAVA_API_BASE_URL
overrides the API's URL (the SDK's baseUrl); LAVA_REQUESTS_PER_SECOND paces it (default 5).
Lava's customer API has no wallet balance: a missed balance update is healed by the next one.`,
  options: reconcileOptions,
  load: async () => (await import('../actions/reconcile')).run,
});
