// The reconciler's comparison and synthetic events. Pure.
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../lambdas/core/decide';
import { changedData, compare, customerData, syntheticEvent } from '../lambdas/reconciler/drift';
import { customer } from './helpers/fake-lava';

const lava = customer('con_test_1', {
  metadata: { b: 1, a: { y: [1, 2], x: null } },
  subscription: null,
  contact: { email: 'a@example.com', phone: '', first_name: 'Ada', last_name: 'Lovelace' },
});
const stateOf = (c = lava) =>
  applyEvent(undefined, syntheticEvent('missing', customerData(c), 1_000, 'd').event).next;

describe('compare', () => {
  it('finds no drift in what the same customer would have set, whatever the key order', () => {
    const stored = stateOf();
    stored.values.metadata = '{"a":{"x":null,"y":[1,2]},"b":1}';
    expect(compare(lava, stored)).toBeUndefined();
  });

  it('treats absent, null, an empty string and an empty object alike', () => {
    const stored = stateOf();
    delete stored.values.phone;
    delete stored.values.subscription;
    const noMetadata = customer('con_test_1', { ...lava, metadata: null });
    expect(compare(noMetadata, { ...stored, values: { ...stored.values, metadata: '{}' } })).toBeUndefined();
    expect(compare(lava, stored)).toBeUndefined();
  });

  it('names each differing field with both values, and repairs only those', () => {
    const other = customer('con_test_1', {
      ...lava,
      reference_id: null,
      contact: { ...lava.contact, email: 'b@example.com' },
    });
    const drift = compare(other, stateOf());
    expect(drift).toEqual({
      kind: 'changed',
      connectionId: 'con_test_1',
      differences: [
        { field: 'email', table: 'a@example.com', lava: 'b@example.com' },
        { field: 'referenceId', table: 'ref_con_test_1', lava: null },
      ],
    });
    expect(changedData(other, drift?.differences ?? [])).toEqual({
      customer_id: 'con_test_1',
      reference_id: null,
      contact: { email: 'b@example.com' },
    });
  });

  it('calls a tombstone or an unknown id missing', () => {
    expect(compare(lava, undefined)).toEqual({
      kind: 'missing',
      connectionId: 'con_test_1',
      tombstone: false,
    });
    const gone = applyEvent(
      stateOf(),
      syntheticEvent('gone', { customer_id: 'con_test_1' }, 2_000, 'd').event,
    );
    expect(compare(lava, gone.next)).toMatchObject({ kind: 'missing', tombstone: true });
  });
});

describe('syntheticEvent', () => {
  it('is an event at Lava’s read time with a stable identity, archived as source reconcile', () => {
    const a = syntheticEvent('changed', { customer_id: 'con_test_1', reference_id: 'r' }, 5_000, 'd1');
    const b = syntheticEvent('changed', { customer_id: 'con_test_1', reference_id: 'r' }, 5_000, 'd2');
    expect(a.event.eventId).toBe(b.event.eventId);
    expect(a.event).toMatchObject({
      time: 5_000,
      kind: 'snapshot',
      sentType: 'reconcile.customer.updated',
    });
    expect(a.delivery).toMatchObject({ source: 'reconcile', eventAt: 5_000, connectionId: 'con_test_1' });
    expect(syntheticEvent('changed', { customer_id: 'con_test_1' }, 5_001, 'd').event.eventId).not.toBe(
      a.event.eventId,
    );
  });
});
