// `lava-webhooks reconcile [--dry-run] [--force]`: Lava's customers against the table, drift printed
// and repaired through the consumer's apply path (the same run the scheduled reconciler makes).
import { dynamoDbStore } from '../../../lambdas/core/dynamodb-store';
import { eventBridgePublisher } from '../../../lambdas/core/eventbridge-publisher';
import { dynamoDbReconcileStore } from '../../../lambdas/reconciler/dynamodb-reconcile-store';
import { ReconcileListingError } from '../../../lambdas/reconciler/listing';
import { reconcile } from '../../../lambdas/reconciler/reconcile';
import { ReconcileBusyError } from '../../../lambdas/reconciler/reconcile-store';
import type { DriftReport, ReconcileResult, UnreadableEntry } from '../../../lambdas/reconciler/run-state';
import { DEFAULT_EVENT_TTL_DAYS } from '../../../lambdas/shared/env';
import { createLogger } from '../../../lambdas/shared/log';
import { Metrics } from '../../../lambdas/shared/metrics';
import { type CommandRun, type CommandValues, targetOptions } from '../../command';
import { INTERRUPTED_EXIT_CODE, interruptible } from '../../interrupt';
import { CommandError, type Io } from '../../io';
import { lavaFor } from '../../lava-access';
import { noPositionals } from '../../options';
import { progressBar } from '../../progress';
import { resolveTarget, type Target } from '../../target';
import type { reconcileOptions } from './declaration';

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

type ReconcileValues = CommandValues<typeof reconcileOptions>;

/** One run against the target, drift and unreadable entries printed as they are found. */
async function reconcileTarget(target: Target, values: ReconcileValues, io: Io, signal: AbortSignal) {
  const progress = progressBar(io, 'Reading Lava’s customers');
  try {
    const lava = await lavaFor(target, io, signal);
    const ddb = target.dynamodb();
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
          level: 'warn',
          write: (line) => io.err(String((JSON.parse(line) as { message?: string }).message)),
        }),
        metrics: new Metrics('cli', {}, () => {}),
      },
      {
        dryRun: values['dry-run'],
        force: values.force,
        signal,
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
    return { result, mode: lava.mode };
  } finally {
    progress.finish();
  }
}

function summary(target: Target, result: ReconcileResult, mode: string, dryRun: boolean): string {
  const { drift } = result;
  const found = drift.missing + drift.changed + drift.gone;
  return [
    `${target.name}: read ${result.customersRead} customers of Lava (${mode} mode`,
    result.otherModeSkipped ? `, ${result.otherModeSkipped} of the other mode left alone` : '',
    `${result.resumed ? ', resuming an unfinished run' : ''}); `,
    found ? `drift: ${drift.missing} missing, ${drift.changed} changed, ${drift.gone} gone; ` : 'no drift; ',
    dryRun
      ? 'dry run: nothing changed.'
      : `${result.repaired} repaired, ${result.superseded} superseded by newer events.`,
    result.unreadable
      ? ` ${result.unreadable} listed customer(s) could not be read and were skipped (above).`
      : '',
  ].join('');
}

export const run: CommandRun<typeof reconcileOptions> = async (values, positionals, io) => {
  noPositionals(positionals);
  const target = await resolveTarget(targetOptions(values, io.env));
  try {
    return await interruptible(io, async (signal) => {
      try {
        const { result, mode } = await reconcileTarget(target, values, io, signal);
        io.out(summary(target, result, mode, values['dry-run']));
        if (!result.refused) return 0;
        const { candidates, active, limit } = result.refused;
        io.err(
          `Refused to tombstone ${candidates} of ${active} active connections (the limit is ${limit}): Lava's listing may be incomplete. Check it, then run with --force.`,
        );
        return 1;
      } catch (error) {
        if (!signal.aborted) throw error;
        // reconcile() has let the lease go on its way out.
        io.err(
          'Interrupted: the lease is released and what was done is kept; the next run resumes where this one stopped.',
        );
        return INTERRUPTED_EXIT_CODE;
      }
    });
  } catch (error) {
    if (error instanceof ReconcileBusyError)
      throw new CommandError(`${error.message}; try again later.`, { cause: error });
    if (error instanceof ReconcileListingError)
      throw new CommandError(`Reconcile ended: ${error.message}.`, { cause: error });
    throw error;
  } finally {
    target.close();
  }
};
