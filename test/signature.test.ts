import { createHmac } from 'node:crypto';
// Properties of the pure signature check: any signed body passes, any changed byte fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatureHeader, signPlain, signTimestamped } from '../lambdas/shared/sign-webhook';
import {
  looksTimestampSigned,
  parseTimestampedHeader,
  type VerifyOptions,
  verifySignature,
} from '../lambdas/shared/verify-signature';
import { verifyWithRotation } from '../lambdas/shared/verify-with-rotation';

const NOW = 1_800_000_000;
const opts = { nowSeconds: NOW, toleranceSeconds: 300 };
const secretArb = fc.string({ minLength: 1, maxLength: 64 });
const secretsArb = fc.uniqueArray(secretArb, { minLength: 1, maxLength: 3 });
/** Bodies a plain signature may verify: not of the form `<digits>.<rest>` (see the cross-scheme tests). */
const bodyArb = fc
  .uint8Array({ minLength: 0, maxLength: 2048 })
  .map((a) => Buffer.from(a))
  .filter((b) => !looksTimestampSigned(b));

function flipByte(buf: Buffer, index: number, xor: number): Buffer {
  const copy = Buffer.from(buf);
  copy[index % copy.length] = (copy[index % copy.length] ?? 0) ^ xor;
  return copy;
}

describe('verifySignature', () => {
  it('accepts any body signed with any listed secret, in either scheme', () => {
    fc.assert(
      fc.property(
        bodyArb,
        secretsArb,
        fc.nat(),
        fc.integer({ min: -300, max: 300 }),
        (body, secrets, pick, skew) => {
          const secret = secrets[pick % secrets.length] as string;
          const plain = verifySignature(body, { plain: signPlain(body, secret) }, secrets, opts);
          const stamped = verifySignature(
            body,
            { timestamped: signTimestamped(body, secret, NOW + skew) },
            secrets,
            opts,
          );
          return plain.ok && stamped.ok && plain.secretIndex === secrets.indexOf(secret);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses any changed body byte or signature character', () => {
    fc.assert(
      fc.property(
        bodyArb.filter((b) => b.length > 0),
        secretArb,
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.nat({ max: 63 }),
        (body, secret, index, xor, sigIndex) => {
          const changed = flipByte(body, index, xor);
          const sig = signPlain(body, secret);
          const other = sig[sigIndex] === '0' ? '1' : '0';
          const tampered = sig.slice(0, sigIndex) + other + sig.slice(sigIndex + 1);
          const stamped = signTimestamped(body, secret, NOW);
          return (
            !verifySignature(changed, { plain: sig }, [secret], opts).ok &&
            !verifySignature(body, { plain: tampered }, [secret], opts).ok &&
            !verifySignature(changed, { timestamped: stamped }, [secret], opts).ok
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a secret that is not listed', () => {
    fc.assert(
      fc.property(bodyArb, secretsArb, secretArb, (body, secrets, outsider) => {
        fc.pre(!secrets.includes(outsider));
        return !verifySignature(body, { plain: signPlain(body, outsider) }, secrets, opts).ok;
      }),
    );
  });

  it('lets the timestamped header decide when both are present', () => {
    const body = Buffer.from('{}');
    const result = verifySignature(
      body,
      { plain: signPlain(body, 's'), timestamped: signTimestamped(body, 's', NOW - 1000) },
      ['s'],
      opts,
    );
    expect(result).toEqual({ ok: false, reason: 'stale' });
  });

  it('signs over t exactly as sent, leading zeros included', () => {
    const body = Buffer.from('{}');
    const t = `0${NOW}`;
    const digest = signTimestamped(body, 's', NOW).split('v1=')[1];
    const padded = `t=${t},v1=${createHmac('sha256', 's').update(`${t}.`).update(body).digest('hex')}`;
    expect(verifySignature(body, { timestamped: padded }, ['s'], opts).ok).toBe(true);
    expect(verifySignature(body, { timestamped: `t=${t},v1=${digest}` }, ['s'], opts).ok).toBe(false);
  });

  it('refuses a t that is not all digits, even when the HMAC over it matches', () => {
    const body = Buffer.from('{}');
    for (const t of [`${NOW}abc`, `${NOW}.5`, `${NOW}e0`, `0x${NOW.toString(16)}`]) {
      const digest = createHmac('sha256', 's').update(`${t}.`).update(body).digest('hex');
      const result = verifySignature(body, { timestamped: `t=${t},v1=${digest}` }, ['s'], opts);
      expect(result).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('skips the age check when asked (the consumer re-verifying a queued message)', () => {
    const body = Buffer.from('{}');
    const header = signTimestamped(body, 's', NOW - 86_400 * 3);
    expect(verifySignature(body, { timestamped: header }, ['s'], { ...opts, checkTimestamp: false }).ok).toBe(
      true,
    );
  });

  it('never verifies a plain signature of a body shaped `<digits>.<rest>`, the bytes the timestamped scheme signs', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,14}$/),
        fc.uint8Array({ maxLength: 256 }),
        secretArb,
        (t, rest, s) => {
          const body = Buffer.concat([Buffer.from(`${t}.`), rest]);
          const result = verifySignature(body, { plain: signPlain(body, s) }, [s], opts);
          return !result.ok && result.reason === 'cross-scheme';
        },
      ),
    );
  });

  it.each([
    ['{"event":"x"}', false],
    ['1.{}', true],
    ['1700000000.{"event":"x"}', true],
    ['.{}', false],
    ['12a.{}', false],
    ['12', false],
    [' 1.{}', false],
  ])('tells %j as timestamp-signed: %s', (text, expected) => {
    expect(looksTimestampSigned(Buffer.from(text))).toBe(expected);
  });

  it('still verifies the timestamped scheme over `t.body` and a plain body that merely contains digits', () => {
    const body = Buffer.from('{"n":1.5}');
    expect(verifySignature(body, { plain: signPlain(body, 's') }, ['s'], opts).ok).toBe(true);
    expect(verifySignature(body, { timestamped: signTimestamped(body, 's', NOW) }, ['s'], opts).ok).toBe(
      true,
    );
  });

  it.each([
    ['', undefined],
    ['t=1', undefined],
    [`v1=${'a'.repeat(64)}`, undefined],
    [`t=abc,v1=${'a'.repeat(64)}`, undefined],
    [`t=123abc,v1=${'a'.repeat(64)}`, undefined],
    [`t=-123,v1=${'a'.repeat(64)}`, undefined],
    [`t=1,v1=${'a'.repeat(63)}`, undefined],
    [`t=1,t=2,v1=${'a'.repeat(64)}`, undefined],
    [` t=1 , v0=zz , v1=${'A'.repeat(64)}`, 1],
  ])('parses %j', (header, timestamp) => {
    expect(parseTimestampedHeader(header)?.timestamp).toBe(timestamp);
  });
});

describe('many secrets (several connected endpoints)', () => {
  const secrets = Array.from({ length: 10 }, (_, i) => `whsec_endpoint_${i}`);
  const body = Buffer.from('{"event":"connection.created","data":{}}');
  const noRefresh = async () => undefined;

  it('any of them verifies, and the index found is the real one whichever is tried first', () => {
    for (let i = 0; i < secrets.length; i++) {
      for (const preferIndex of [undefined, 0, i, 9, 42]) {
        const r = verifySignature(body, { plain: signPlain(body, secrets[i] as string) }, secrets, {
          ...opts,
          preferIndex,
        });
        expect(r).toMatchObject({ ok: true, secretIndex: i });
      }
    }
  });

  it('tries the secret that matched last first: one HMAC per request once it has matched', async () => {
    const list = [...secrets];
    const plain = signPlain(body, secrets[9] as string);
    expect(await verifyWithRotation(body, { plain }, list, noRefresh, opts)).toMatchObject({
      secretIndex: 9,
    });
    let computed = 0;
    const counting = new Proxy(list, {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) computed++;
        return Reflect.get(target, key);
      },
    });
    // The memo is keyed by the list the cache hands out; a proxy is another list, so prime it too.
    await verifyWithRotation(body, { plain }, counting, noRefresh, opts);
    computed = 0;
    expect(await verifyWithRotation(body, { plain }, counting, noRefresh, opts)).toMatchObject({ ok: true });
    expect(computed).toBe(1);
  });
});

describe('what each answer says', () => {
  const body = Buffer.from('{"event":"customer.created"}');
  const plain = signPlain(body, 's');
  const stampedAt = (t: number, secret = 's') => signTimestamped(body, secret, t);
  const verify = (
    headers: Parameters<typeof verifySignature>[1],
    secrets = ['s'],
    options: VerifyOptions = opts,
  ) => verifySignature(body, headers, secrets, options);

  it('names the scheme, the secret, and for the timestamped scheme `t` as sent', () => {
    expect(verify({ plain })).toEqual({ ok: true, scheme: 'plain', secretIndex: 0 });
    expect(verify({ timestamped: stampedAt(NOW) }, ['old', 's'])).toEqual({
      ok: true,
      scheme: 'timestamped',
      timestamp: NOW,
      rawTimestamp: String(NOW),
      secretIndex: 1,
    });
  });

  it('gives the reason for each refusal', () => {
    expect(verify({})).toEqual({ ok: false, reason: 'missing' });
    expect(verify({ plain: signPlain(body, 'other') })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify({ timestamped: stampedAt(NOW, 'other') })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify({ timestamped: `t=${NOW}` })).toEqual({ ok: false, reason: 'malformed' });
    const digitsDot = Buffer.from('1.{}');
    expect(verifySignature(digitsDot, { plain: signPlain(digitsDot, 's') }, ['s'], opts)).toEqual({
      ok: false,
      reason: 'cross-scheme',
    });
  });

  it('accepts `t` up to the tolerance away in either direction, and names the direction beyond it', () => {
    expect(verify({ timestamped: stampedAt(NOW - 300) }).ok).toBe(true);
    expect(verify({ timestamped: stampedAt(NOW + 300) }).ok).toBe(true);
    expect(verify({ timestamped: stampedAt(NOW - 301) })).toEqual({ ok: false, reason: 'stale' });
    expect(verify({ timestamped: stampedAt(NOW + 301) })).toEqual({ ok: false, reason: 'future' });
  });

  it.each([
    ['not hex', 'z'.repeat(64)],
    ['a prefix before the digest', `sha256=${plain}`],
    ['a character after the digest', `${plain}0`],
    ['a digest one character short', plain.slice(1)],
  ])('calls a plain signature with %s malformed', (_what, value) => {
    expect(verify({ plain: value })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('trims the whitespace around a plain signature', () => {
    expect(verify({ plain: ` ${plain}\t` }).ok).toBe(true);
  });

  it("reads a bare digest in X-Lava-Signature as the plain scheme (one of Lava's guides sends it)", () => {
    expect(verify({ timestamped: ` ${plain} ` })).toEqual({ ok: true, scheme: 'plain', secretIndex: 0 });
    expect(verify({ timestamped: signPlain(body, 'other') })).toEqual({ ok: false, reason: 'mismatch' });
    // X-Webhook-Signature, when sent, is the plain signature checked.
    expect(verify({ plain, timestamped: signPlain(body, 'other') }).ok).toBe(true);
  });

  it('verifies when any of several v1 digests matches (Lava rolling its secret)', () => {
    const [t, v1] = stampedAt(NOW).split(',');
    expect(verify({ timestamped: `${t},v1=${'0'.repeat(64)},${v1}` }).ok).toBe(true);
    expect(verify({ timestamped: `${t},${v1},v1=${'0'.repeat(64)}` }).ok).toBe(true);
  });

  it('never verifies with an empty secret in the list', () => {
    expect(verify({ plain: signPlain(body, '') }, ['', 's'])).toEqual({ ok: false, reason: 'mismatch' });
    expect(verify({ plain: signPlain(body, '') }, ['', 's'], { ...opts, preferIndex: 0 })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('reports the first listed secret that matches when none is preferred', () => {
    expect(verify({ plain }, ['s', 's', 's'])).toMatchObject({ ok: true, secretIndex: 0 });
    expect(verify({ plain }, ['s', 's', 's'], { ...opts, preferIndex: 2 })).toMatchObject({ secretIndex: 2 });
  });

  it.each([
    [`t=1,v1=${'a'.repeat(64)},junk`],
    [`t=1,=x,v1=${'a'.repeat(64)}`],
    [`v1=${'a'.repeat(64)},v1=${'b'.repeat(64)}`],
    [`t=1,v1=${'a'.repeat(65)}`],
    [`t=1,v1=x${'a'.repeat(64)}`],
  ])('refuses the header %j', (header) => {
    expect(parseTimestampedHeader(header)).toBeUndefined();
  });

  it('ignores keys it does not know, whatever their value', () => {
    expect(parseTimestampedHeader(`t=7,v0=not-hex,x=,v1=${'a'.repeat(64)}`)).toEqual({
      timestamp: 7,
      rawTimestamp: '7',
      digests: [Buffer.from('a'.repeat(64), 'hex')],
    });
  });

  it.each([
    ['0.{}', true],
    ['9.{}', true],
    ['/.{}', false],
    [':.{}', false],
  ])('tells the digit bounds apart: %j timestamp-signed is %s', (text, expected) => {
    expect(looksTimestampSigned(Buffer.from(text))).toBe(expected);
  });

  it('checks a plain signature against the HMAC of the body alone, as Lava computes it', () => {
    const lava = createHmac('sha256', 's').update(body).digest('hex');
    expect(verify({ plain: lava })).toEqual({ ok: true, scheme: 'plain', secretIndex: 0 });
  });

  it('tries each secret once, the preferred one first, when the preferred one does not match', () => {
    const secrets = ['a', 'b', 's', 'c'];
    let reads = 0;
    const counting = new Proxy(secrets, {
      get: (target, key) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key);
      },
    });
    expect(verify({ plain }, counting, { ...opts, preferIndex: 1 })).toMatchObject({ secretIndex: 2 });
    expect(reads).toBe(3); // b (preferred), a, then s, which matches
    reads = 0;
    expect(verify({ plain: signPlain(body, 'x') }, counting, { ...opts, preferIndex: 1 }).ok).toBe(false);
    expect(reads).toBe(secrets.length);
  });

  it('names the headers as Lava does, lower-cased as API Gateway hands them over', () => {
    expect(Object.keys(signatureHeader(body, 's', 'plain'))).toEqual(['x-webhook-signature']);
    expect(Object.keys(signatureHeader(body, 's', 'timestamped', NOW))).toEqual(['x-lava-signature']);
  });
});
