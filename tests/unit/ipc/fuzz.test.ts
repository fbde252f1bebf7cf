/**
 * Property-based fuzzing of every channel through the real dispatcher and store: whatever arrives
 * (wrong types, huge or control-character strings, prototype-pollution keys, invalid dates, near-valid
 * objects built from the channel's own field names), the answer is a well-formed envelope, never a
 * throw, never INTERNAL (that would mean a handler failed on input the contract let through), and
 * Object.prototype is untouched. `FUZZ_RUNS` sets the payloads per channel (default 60 in npm test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, ERROR_CODES, contract, type CaseSummary, type Channel } from '../../../preload/contract';
import { PASSPHRASE, testCore, type TestCore } from '../support/temp-profiles';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

// These change who is unlocked, or run scrypt on every call; the spine's own tests cover them.
const SESSION_CHANGING = new Set<Channel>(['lock', 'createProfile', 'unlock', 'unlockWithRecoveryKey', 'changePassphrase', 'replaceRecoveryKey']);

/** The field names a channel's request schema knows, so generated objects get past "unexpected field". */
function fieldNames(channel: Channel): string[] {
  const schema = contract[channel].request as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } };
  const shape = schema.shape ?? schema.def?.in?.shape ?? {};
  return Object.keys(shape);
}

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '2026-02-30', '9999-12-31', '1970-01-01T00:00:00Z', 'NaN', '{{', '}}', '%s', '../../etc'),
  fc.uuid(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant('x'.repeat(120_000)),
  fc.array(fc.uuid(), { maxLength: 30 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 5 }),
);

function payloads(channel: Channel) {
  const names = fieldNames(channel);
  const keys = fc.constantFrom(...names, '__proto__', 'constructor', 'prototype', 'extra');
  const nearValid = fc.dictionary(keys, fc.oneof(nasty, fc.anything({ maxDepth: 2 })), { maxKeys: names.length + 2 });
  const withKnownFields = names.length > 0 ? fc.record(Object.fromEntries(names.map((n) => [n, nasty])), { requiredKeys: [] }) : fc.constant({});
  return fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true }), nearValid, withKnownFields);
}

function expectWellFormed(answer: unknown): void {
  expect(answer).toBeTypeOf('object');
  const envelope = answer as { ok: unknown; error?: { code: unknown; message: unknown } };
  expect(typeof envelope.ok).toBe('boolean');
  if (envelope.ok === false) {
    expect(ERROR_CODES).toContain(envelope.error!.code);
    expect(envelope.error!.code).not.toBe('INTERNAL');
    expect(typeof envelope.error!.message).toBe('string');
  }
}

/** An unlocked store with a case and a person, so ids that happen to exist lead somewhere. */
async function unlockedCore(): Promise<TestCore> {
  const t = testCore();
  await t.call('createProfile', { displayName: 'Fuzz', passphrase: PASSPHRASE });
  const kase = await t.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  await t.call('createPerson', { fullName: 'Farah Khan', links: [{ caseId: kase.id, relationship: 'mother' }] });
  return t;
}

describe('every channel answers any payload with a well-formed envelope', () => {
  it.each(CHANNELS.filter((c) => !SESSION_CHANGING.has(c)))('%s', async (channel) => {
    const t = await unlockedCore();
    await fc.assert(
      fc.asyncProperty(payloads(channel), async (payload) => {
        const answer = await t.core.dispatch(channel, payload);
        expectWellFormed(answer);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: RUNS },
    );
    // Still unlocked and answering after the barrage.
    expect(await t.call('getSession')).toMatchObject({ state: 'unlocked' });
  }, 120_000);
});
