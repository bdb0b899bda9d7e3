// `lava-webhooks reconcile [--dry-run] [--force]`: Lava's customers against the table, drift printed
// and repaired through the consumer's apply path (the same run the scheduled reconciler makes).
import { dynamoDbStore } from '../../lambdas/consumer/dynamodb-store';
import { eventBridgePublisher } from '../../lambdas/consumer/eventbridge-publisher';
import { dynamoDbReconcileStore } from '../../lambdas/reconciler/dynamodb-reconcile-store';
import { ReconcileListingError } from '../../lambdas/reconciler/listing';
import { reconcile } from '../../lambdas/reconciler/reconcile';
import { ReconcileBusyError } from '../../lambdas/reconciler/reconcile-store';
import type { DriftReport, UnreadableEntry } from '../../lambdas/reconciler/run-state';
import { DEFAULT_EVENT_TTL_DAYS } from '../../lambdas/shared/env';
import { createLogger } from '../../lambdas/shared/log';
import { Metrics } from '../../lambdas/shared/metrics';
import { type CommandRun, targetOptions } from '../command';
import type { reconcileOptions } from '../commands/reconcile';
import { CommandError } from '../io';
import { noPositionals } from '../options';
import { progressBar } from '../progress';
import { resolveTarget } from '../target';
import { lavaFor } from './lava-access';

const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

function describeDrift(d: DriftReport): string {
  const what =
    d.kind === 'missing'
      ? d.tombstone
        ? 'Lava has it; the table holds it as deleted'
        : 'Lava has it; the table does not'
      : d.kind === 'gone'
        ? 'active here; Lava answers 404'
        : (d.differences ?? []).map((x) => `${x.field}: ${show(x.table)} → ${show(x.lava)}`).join('; ');
  const outcome = d.outcome === 'skipped' ? (d.note ?? 'skipped') : d.outcome;
  return `${d.kind.padEnd(7)}  ${d.connectionId}  ${what}  [${outcome}]`;
}

function describeUnreadable(u: UnreadableEntry): string {
  const where = `page ${u.page + 1}, entry ${u.index + 1}`;
  return `${'unread'.padEnd(7)}  ${u.connectionId ?? '(no usable id)'}  ${where}: ${u.reason}  [skipped]`;
}

export const run: CommandRun<typeof reconcileOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  const dryRun = values['dry-run'];
  const target = await resolveTarget(targetOptions(values, io.env));
  const progress = progressBar(io, 'Reading Lava’s customers');
  try {
    const lava = await lavaFor(target, io);
    const ddb = target.dynamodb();
    const quiet = () => {};
    const result = await reconcile(
      {
        lava,
        store: dynamoDbStore(ddb, target.tableName, {
          eventTtlDays: target.eventTtlDays ?? DEFAULT_EVENT_TTL_DAYS,
        }),
        checkpoints: dynamoDbReconcileStore(ddb, target.tableName),
        publish: eventBridgePublisher(target.eventBridge(), target.eventBusName),
        // The drift is printed below; a warning (an unmarked publish) goes to stderr.
        log: createLogger({
          service: 'reconcile',
          level: 'warn',
          write: (line) => io.err(String((JSON.parse(line) as { message?: string }).message)),
        }),
        metrics: new Metrics('cli', {}, quiet),
      },
      {
        dryRun,
        force: values.force,
        onDrift: (d) => {
          progress.finish();
          io.out(describeDrift(d));
        },
        onUnreadable: (u) => {
          progress.finish();
          io.out(describeUnreadable(u));
        },
        onProgress: (read) => progress.update(read),
      },
    );
    progress.finish();
    const { drift } = result;
    const found = drift.missing + drift.changed + drift.gone;
    io.out(
      [
        `${target.name}: read ${result.customersRead} customers of Lava (${lava.mode} mode`,
        result.otherModeSkipped ? `, ${result.otherModeSkipped} of the other mode left alone` : '',
        `${result.resumed ? ', resuming an unfinished run' : ''}); `,
        found
          ? `drift: ${drift.missing} missing, ${drift.changed} changed, ${drift.gone} gone; `
          : 'no drift; ',
        dryRun
          ? 'dry run: nothing changed.'
          : `${result.repaired} repaired, ${result.superseded} superseded by newer events.`,
        result.unreadable
          ? ` ${result.unreadable} listed customer(s) could not be read and were skipped (above).`
          : '',
      ].join(''),
    );
    if (result.refused) {
      const { candidates, active, limit } = result.refused;
      io.err(
        `Refused to tombstone ${candidates} of ${active} active connections (the limit is ${limit}): Lava's listing may be incomplete. Check it, then run with --force.`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof ReconcileBusyError)
      throw new CommandError(`${error.message}; try again later.`, { cause: error });
    if (error instanceof ReconcileListingError)
      throw new CommandError(`Reconcile ended: ${error.message}.`, { cause: error });
    throw error;
  } finally {
    progress.finish();
    target.close();
  }
};
