// Lava's envelope read on its own: which bodies are an event, and the reason given for each that is not.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseEnvelope } from '../lambdas/shared/envelope';

describe('decodeUtf8', () => {
  it('decodes UTF-8, keeping a leading byte-order mark (the text is the bytes signed)', () => {
    expect(decodeUtf8(Buffer.from('{"a":"é"}'))).toBe('{"a":"é"}');
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('\ufeff{}');
  });

  it('refuses bytes that are not UTF-8 instead of replacing them', () => {
    expect(decodeUtf8(Buffer.from([0x7b, 0xff, 0x7d]))).toBeUndefined();
  });
});

describe('parseEnvelope', () => {
  it('reads the event name and data', () => {
    expect(parseEnvelope('{"event":"customer.created","data":{"customer_id":"c"}}')).toEqual({
      ok: true,
      envelope: { event: 'customer.created', data: { customer_id: 'c' } },
    });
  });

  it('takes `type` when there is no `event`, and `event` when there are both', () => {
    expect(parseEnvelope('{"type":"customer.updated","data":{}}')).toEqual({
      ok: true,
      envelope: { event: 'customer.updated', data: {} },
    });
    expect(parseEnvelope('{"event":"customer.deleted","type":"customer.updated","data":{}}')).toEqual({
      ok: true,
      envelope: { event: 'customer.deleted', data: {} },
    });
  });

  it.each([
    ['', 'Body is not valid JSON'],
    ['{"event":', 'Body is not valid JSON'],
    ['\ufeff{"event":"customer.created","data":{}}', 'Body is not valid JSON'],
    ['null', 'Body must be a JSON object'],
    ['[{"event":"customer.created","data":{}}]', 'Body must be a JSON object'],
    ['"customer.created"', 'Body must be a JSON object'],
    ['{"data":{}}', 'Field "event" (or "type") must be a non-empty string'],
    ['{"event":"","data":{}}', 'Field "event" (or "type") must be a non-empty string'],
    ['{"event":7,"data":{}}', 'Field "event" (or "type") must be a non-empty string'],
    ['{"event":"customer.created"}', 'Field "data" must be an object'],
    ['{"event":"customer.created","data":null}', 'Field "data" must be an object'],
    ['{"event":"customer.created","data":[]}', 'Field "data" must be an object'],
    ['{"event":"customer.created","data":"c"}', 'Field "data" must be an object'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseEnvelope(text)).toEqual({ ok: false, reason });
  });
});
