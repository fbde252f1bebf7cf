import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../preload/contract';
import { createDispatcher, type Handlers } from '../../../main/ipc/dispatcher';
import { PASSPHRASE, testCore } from '../support/temp-profiles';
import { AppError } from '../../../main/shared/app-error';

const CASE_ID = '019ac0de-0000-7000-8000-0000000000aa';

describe('dispatcher', () => {
  it('rejects unknown channels, including prototype names, with an envelope', async () => {
    const { core } = testCore();
    for (const channel of ['deleteEverything', '__proto__', 'constructor', 'toString', 42, null, undefined]) {
      expect(await core.dispatch(channel, {})).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'That request is not part of this version of Casework.' },
      });
    }
  });

  it.each([
    ['a non-object payload', 'listProfiles', 'hello', undefined, 'The request was not in the expected form.'],
    ['an unexpected field', 'listProfiles', { extra: 1 }, 'extra', 'Unexpected field: extra.'],
    ['a too-short passphrase', 'createProfile', { displayName: 'Sam', passphrase: 'short' }, 'passphrase', 'Use at least 12 characters, or 4 words.'],
    ['an empty display name', 'createProfile', { displayName: '   ', passphrase: PASSPHRASE }, 'displayName', 'Display name is required.'],
    ['a control character in a name', 'createCase', { childName: 'Amira\u0007' }, 'childName', "Child's name contains characters that cannot be stored."],
    ['an impossible date of birth', 'createCase', { childName: 'Amira', dateOfBirth: '2020-02-30' }, 'dateOfBirth', 'Date of birth must be a real date (YYYY-MM-DD).'],
    ['a future date of birth', 'createCase', { childName: 'Amira', dateOfBirth: '2999-01-01' }, 'dateOfBirth', 'Date of birth cannot be in the future.'],
    ['a note id that is not a UUID', 'saveNote', { id: 'abc', body: 'x', structure: { children: [{ caseId: CASE_ID }] } }, 'id', 'Note is not a valid id.'],
    ['a blank note', 'saveNote', { id: CASE_ID, body: ' \n ', structure: { children: [{ caseId: CASE_ID }] } }, 'body', 'Write something before saving.'],
    ['a huge note', 'saveNote', { id: CASE_ID, body: 'x'.repeat(100_001), structure: { children: [{ caseId: CASE_ID }] } }, 'body', 'A note can be at most 100000 characters.'],
    ['a path in a profile id', 'unlock', { profileId: '../../etc', passphrase: PASSPHRASE }, 'profileId', 'Profile is not a valid id.'],
    ['a wrong type', 'updateSettings', { autoLockMinutes: '10' }, 'autoLockMinutes', 'Auto-lock must be a number of minutes.'],
    ['an out-of-range auto-lock', 'updateSettings', { autoLockMinutes: 0 }, 'autoLockMinutes', 'Auto-lock must be at least 1 minute.'],
  ])('answers a specific INVALID_REQUEST for %s', async (_what, channel, payload, field, message) => {
    const { core } = testCore();
    const result = await core.dispatch(channel, payload);
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_REQUEST', message, ...(field ? { field } : {}) } });
  });

  it('refuses prototype-pollution keys without touching Object.prototype', async () => {
    const { core } = testCore();
    const payload = JSON.parse('{"displayName":"Sam","passphrase":"correct horse battery staple","__proto__":{"polluted":true}}');
    const result = await core.dispatch('createProfile', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', field: '__proto__' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers LOCKED for case data while no profile is unlocked', async () => {
    const { core } = testCore();
    expect(await core.dispatch('listCases', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('never lets an unexpected error through: no stack, no message, a generic INTERNAL', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers = Object.fromEntries(
      CHANNELS.map((c) => [c, () => { throw new Error('SQL failed near "Amira Khan, 12 Elm Road"'); }]),
    ) as unknown as Handlers;
    const result = await createDispatcher(handlers)('listProfiles', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong and this was not completed. Please try again.' } });
    expect(JSON.stringify(spy.mock.calls)).not.toContain('Amira');
    spy.mockRestore();
  });

  it('passes AppErrors through and maps a full disk to DISK_FULL', async () => {
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => { throw new AppError('NOT_FOUND', 'Gone.'); }])) as unknown as Handlers;
    expect(await createDispatcher(handlers)('listProfiles', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Gone.' } });
    const full = Object.fromEntries(CHANNELS.map((c) => [c, () => { throw Object.assign(new Error('x'), { code: 'SQLITE_FULL' }); }])) as unknown as Handlers;
    expect(await createDispatcher(full)('listProfiles', {})).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
  });
});
