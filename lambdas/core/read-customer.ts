// The tolerant reader of Lava's `data`. Pure. No source pins Lava's payload down, so each known field
// is read on its own: a value of the expected type is taken, anything else leaves that field as it
// was and is recorded (which field, why); a surprise in one field never stops the others. Fields are
// found where any of Lava's shapes put them: on `data` itself, or on a customer object nested at
// `data.customer` (the REST API's shape); the person's fields under `contact` (the REST API's name),
// else on an older `customer` person object.
import { nestedCustomerOf } from '../shared/event-types';
import { readLavaTime, typeName } from './lava-time';
import { objectMemberTexts } from './raw-json';

/** Field name → value; `null` clears a field. Only fields the event carries are present. */
export type FieldValues = Record<string, unknown>;

/** A known field whose value could not be read: the connection keeps what it had. */
export interface UnreadField {
  /** Where it was, from `data`: `data.has_lava_credit_balance`, `data.customer.contact.email`. */
  path: string;
  /** The field, wherever it was found: the metric's `Field` dimension (a bounded set). */
  label: string;
  reason: string;
}

export interface CustomerReading {
  fields: FieldValues;
  /** The free-form fields' source text, for the fields that have one (see JSON_TEXT_FIELDS). */
  texts: Map<string, string>;
  /** `created_at` in ISO 8601 UTC, when Lava gave one that reads as a time. */
  lavaCreatedAt?: string;
  /** The checkout's known facts (a `checkout` event only). */
  checkout?: Record<string, unknown>;
  unread: UnreadField[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Json | undefined, key: string): o is Json => o !== undefined && Object.hasOwn(o, key);

/** How each kind of field is read: a value, or undefined with the reason it was not. */
type Reader = (value: unknown) => { value: unknown } | { reason: string };

const text: Reader = (v) =>
  typeof v === 'string' || v === null
    ? { value: v }
    : { reason: `expected a string or null, got ${typeName(v)}` };
// The credit flag gates access: a null must not clear it, so only true or false is read.
const flag: Reader = (v) =>
  typeof v === 'boolean' ? { value: v } : { reason: `expected true or false, got ${typeName(v)}` };
const optionalFlag: Reader = (v) =>
  typeof v === 'boolean' || v === null
    ? { value: v }
    : { reason: `expected true, false or null, got ${typeName(v)}` };
/** Amounts are kept as decimal text: Lava sends strings ("25.00"); a number is written as its digits. */
const amount: Reader = (v) =>
  typeof v === 'string' || v === null
    ? { value: v }
    : typeof v === 'number' && Number.isFinite(v)
      ? { value: String(v) }
      : { reason: `expected an amount (a string or a number), got ${typeName(v)}` };
const checkoutAmount: Reader = (v) =>
  typeof v === 'string' || v === null || (typeof v === 'number' && Number.isFinite(v))
    ? { value: v }
    : { reason: `expected an amount (a string or a number), got ${typeName(v)}` };
const freeForm: Reader = (v) =>
  isObject(v) || v === null ? { value: v } : { reason: `expected an object or null, got ${typeName(v)}` };

const PERSON = [
  ['email', 'email'],
  ['phone', 'phone'],
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
] as const;

const CHECKOUT: readonly (readonly [string, Reader])[] = [
  ['checkout_session_id', text],
  ['plan_id', text],
  ['subscription_id', text],
  ['funded_amount', checkoutAmount],
  ['currency', text],
];

/** The objects a customer's fields may sit on: `data`, then a customer object at `data.customer`. */
interface Holders {
  data: Json;
  nested: Json | undefined;
  /** Source texts of `data`'s and the nested object's members. */
  dataTexts: Map<string, string>;
  nestedTexts: Map<string, string>;
}

class Reading {
  readonly out: CustomerReading = { fields: {}, texts: new Map(), unread: [] };

  constructor(readonly holders: Holders) {}

  /** Where `key` is: on `data`, else on the nested customer object. */
  find(key: string): { value: unknown; path: string; text?: string | undefined } | undefined {
    const { data, nested, dataTexts, nestedTexts } = this.holders;
    if (has(data, key)) return { value: data[key], path: `data.${key}`, text: dataTexts.get(key) };
    if (nested && has(nested, key))
      return { value: nested[key], path: `data.customer.${key}`, text: nestedTexts.get(key) };
    return undefined;
  }

  unread(path: string, label: string, reason: string) {
    this.out.unread.push({ path, label, reason });
  }

  /** Reads `value` with `reader` into `field`, or records why not. */
  take(field: string, value: unknown, reader: Reader, path: string, label: string): boolean {
    const result = reader(value);
    if ('reason' in result) {
      this.unread(path, label, result.reason);
      return false;
    }
    this.out.fields[field] = result.value;
    return true;
  }

  /** A top-level field (on `data` or the nested customer) read into `field`. */
  field(key: string, field: string, reader: Reader) {
    const found = this.find(key);
    if (!found) return;
    if (
      this.take(field, found.value, reader, found.path, key) &&
      found.text !== undefined &&
      found.value !== null
    )
      this.out.texts.set(field, found.text);
  }
}

/** contact wins over the older person object, field by field. */
function readPerson(r: Reading) {
  const contact = r.find('contact');
  let person: Json | undefined;
  let personPath = '';
  if (contact && isObject(contact.value)) {
    person = contact.value;
    personPath = contact.path;
  } else if (contact && contact.value !== null) {
    r.unread(contact.path, 'contact', `expected an object or null, got ${typeName(contact.value)}`);
  }
  const legacy = r.holders.nested;
  for (const [key, field] of PERSON) {
    if (has(person, key)) r.take(field, person[key], text, `${personPath}.${key}`, `contact.${key}`);
    else if (has(legacy, key)) r.take(field, legacy[key], text, `data.customer.${key}`, `customer.${key}`);
  }
}

function readWallet(r: Reading) {
  const wallet = r.find('wallet');
  if (!wallet || wallet.value === null) return;
  if (!isObject(wallet.value)) {
    r.unread(wallet.path, 'wallet', `expected an object or null, got ${typeName(wallet.value)}`);
    return;
  }
  const w = wallet.value;
  if (has(w, 'balance'))
    r.take('walletBalance', w.balance, amount, `${wallet.path}.balance`, 'wallet.balance');
  if (has(w, 'autopay_enabled'))
    r.take(
      'autopayEnabled',
      w.autopay_enabled,
      optionalFlag,
      `${wallet.path}.autopay_enabled`,
      'wallet.autopay_enabled',
    );
}

function readCreatedAt(r: Reading) {
  const created = r.find('created_at');
  if (!created || created.value === null) return;
  const time = readLavaTime(created.value);
  if (time.ok) r.out.lavaCreatedAt = time.iso;
  else r.unread(created.path, 'created_at', time.reason);
}

function readCheckout(r: Reading) {
  const { data } = r.holders;
  const checkout: Record<string, unknown> = {};
  for (const [key, reader] of CHECKOUT) {
    if (!has(data, key)) continue;
    const result = reader(data[key]);
    if ('reason' in result) r.unread(`data.${key}`, key, result.reason);
    else checkout[key] = result.value;
  }
  r.out.checkout = checkout;
}

/** Reads every field Lava's `data` may hold; `checkout` also reads the checkout's facts. */
export function readCustomer(
  data: Json,
  dataText: string | undefined,
  options: { checkout: boolean },
): CustomerReading {
  const nestedValue = data.customer;
  const nested = nestedCustomerOf(data);
  const dataTexts = dataText === undefined ? new Map<string, string>() : objectMemberTexts(dataText);
  const nestedText = dataTexts.get('customer');
  const holders: Holders = {
    data,
    nested,
    dataTexts,
    nestedTexts: nested && nestedText !== undefined ? objectMemberTexts(nestedText) : new Map(),
  };
  const r = new Reading(holders);
  if (nestedValue !== undefined && nestedValue !== null && !nested)
    r.unread('data.customer', 'customer', `expected an object or null, got ${typeName(nestedValue)}`);
  r.field('has_lava_credit_balance', 'hasLavaCreditBalance', flag);
  r.field('reference_id', 'referenceId', text);
  readPerson(r);
  readWallet(r);
  r.field('subscription', 'subscription', freeForm);
  r.field('metadata', 'metadata', freeForm);
  readCreatedAt(r);
  if (options.checkout) readCheckout(r);
  return r.out;
}

/** The customer's fields, wherever the customer object sits (on `data` or at `data.customer`). */
const CUSTOMER_KEYS = [
  'contact',
  'reference_id',
  'has_lava_credit_balance',
  'wallet',
  'subscription',
  'metadata',
  'created_at',
];

/** The names each object of Lava's payload is read for; any other is new to this receiver. */
const KNOWN_KEYS: Record<string, ReadonlySet<string>> = {
  data: new Set([
    'connection_id',
    'customer_id',
    'customer',
    ...CUSTOMER_KEYS,
    ...CHECKOUT.map(([key]) => key),
  ]),
  customer: new Set(['customer_id', 'id', ...CUSTOMER_KEYS, ...PERSON.map(([key]) => key)]),
  contact: new Set(PERSON.map(([key]) => key)),
  wallet: new Set(['balance', 'autopay_enabled']),
};

/** At most this many new names are listed, each cut to NEW_FIELD_NAME_CHARS characters. */
export const MAX_NEW_FIELDS = 20;
const NEW_FIELD_NAME_CHARS = 64;

/**
 * The field names of `data` this receiver does not read (free-form `subscription` and `metadata`
 * aside), as paths: what Lava added since. Bounded: the archived body keeps them all.
 */
export function newFieldsOf(data: Json): string[] {
  const found: string[] = [];
  const visit = (object: unknown, path: string, known: ReadonlySet<string> | undefined) => {
    if (!isObject(object) || !known) return;
    for (const key of Object.keys(object)) {
      if (known.has(key)) continue;
      const name = key.length > NEW_FIELD_NAME_CHARS ? `${key.slice(0, NEW_FIELD_NAME_CHARS)}…` : key;
      found.push(`${path}.${name}`);
    }
  };
  visit(data, 'data', KNOWN_KEYS.data);
  visit(data.customer, 'data.customer', KNOWN_KEYS.customer);
  visit(data.contact, 'data.contact', KNOWN_KEYS.contact);
  visit(
    isObject(data.customer) ? data.customer.contact : undefined,
    'data.customer.contact',
    KNOWN_KEYS.contact,
  );
  visit(data.wallet, 'data.wallet', KNOWN_KEYS.wallet);
  visit(
    isObject(data.customer) ? data.customer.wallet : undefined,
    'data.customer.wallet',
    KNOWN_KEYS.wallet,
  );
  return found.length > MAX_NEW_FIELDS
    ? [...found.slice(0, MAX_NEW_FIELDS), `…and ${found.length - MAX_NEW_FIELDS} more`]
    : found;
}
