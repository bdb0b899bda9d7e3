// The reconciler's EMF metrics and their dimension values, named once: reconcile.ts emits them,
// lib/monitoring.ts alarms on them and charts them.
import { CONSUMER_METRICS } from '../consumer/metric-names';

export const RECONCILER_METRICS = {
  customersRead: 'CustomersRead',
  /** Dimension `Kind`: a DriftKind. */
  drift: 'Drift',
  /** Dimension `Outcome`: a REPAIRS_OUTCOME value. */
  repairs: 'Repairs',
  refusals: 'Refusals',
  /** Listing entries skipped because the apply path cannot read them (no usable id, a bad field). */
  unreadable: 'Unreadable',
  /** Dimension `Reason`: a LISTING_ABORT_REASONS value. The run then fails (ReconcileFailures). */
  listingAborted: 'ListingAborted',
  domainEventsPublished: CONSUMER_METRICS.domainEventsPublished,
} as const;

export const DRIFT_KINDS = ['missing', 'changed', 'gone'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** The `Repairs` metric's outcomes: applied, or superseded (a newer event already set it). */
export const REPAIRS_OUTCOME = { applied: 'applied', superseded: 'superseded' } as const;

/** Why a run's listing was ended (the `ListingAborted` metric's `Reason`). */
export const LISTING_ABORT_REASONS = [
  'malformedPage',
  'repeatedIds',
  'noCursor',
  'repeatedCursor',
  'pageBudget',
  'timeBudget',
] as const;
export type ListingAbortReason = (typeof LISTING_ABORT_REASONS)[number];
