// How several answers from main become one (renderer/lib/useLoad.ts): the screens that ask for a
// family, its packs and its exports together must show the first refusal, or every value in the
// order asked — never one list in another's place.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../preload/contract/errors';
import { allOk, mapOk } from '../../../renderer/lib/useLoad';

const ok = <T>(value: T): Promise<Envelope<T>> => Promise.resolve({ ok: true, value });
const refused = (message: string): Promise<Envelope<never>> => Promise.resolve({ ok: false, error: { code: 'INVALID_REQUEST', message } });
/** Answers later than the others: order must come from the request, not from arrival. */
const late = <T>(value: T): Promise<Envelope<T>> => new Promise((resolve) => setTimeout(() => resolve({ ok: true, value }), 20));

describe('allOk', () => {
  it('gives every value in the order asked, whatever order they arrive in', async () => {
    expect(await allOk([late(['Ava']), ok(3), ok('pack')])).toEqual({ ok: true, value: [['Ava'], 3, 'pack'] });
  });

  it('gives the first refusal in the order asked', async () => {
    const answer = await allOk([ok(1), refused('The case is not on your list.'), refused('Second')]);
    expect(answer).toEqual({ ok: false, error: { code: 'INVALID_REQUEST', message: 'The case is not on your list.' } });
  });
});

describe('mapOk', () => {
  it('reshapes a value and passes a refusal on untouched', async () => {
    expect(mapOk(await ok([1, 2]), ([a, b]) => ({ total: a! + b! }))).toEqual({ ok: true, value: { total: 3 } });
    const refusal = await refused('Locked');
    expect(mapOk(refusal, () => 'never')).toBe(refusal);
  });
});
