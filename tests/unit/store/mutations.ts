/**
 * Ways a store file gets damaged on a real laptop (a failing disk, a bad copy, a sync tool, a cut-off
 * transfer), as pure functions over the file's bytes: bit flips anywhere (the salt, the encrypted
 * header, a free page, the last page, an IV or HMAC), truncation (any length, and exactly at a page
 * boundary), pages swapped, zeroed, or copied over another page or onto the end.
 */
import type { Rng } from '../../../main/demo/prng';

const PAGE = 4096;

export interface StoreShape {
  pages: number;
  /** Pages on SQLite's freelist: nothing reads them, so only the page check can notice damage there. */
  freePages: readonly number[];
}

export interface Mutation {
  kind: string;
  /** Where, for the failure message: enough to replay it by hand. */
  where: string;
  apply(original: Buffer): Buffer;
}

type Maker = (rng: Rng, shape: StoreShape) => Mutation;

const pageStart = (pageNo: number) => (pageNo - 1) * PAGE;

function flipAt(kind: string, offset: number, bit: number): Mutation {
  return {
    kind,
    where: `byte ${offset} bit ${bit}`,
    apply: (original) => {
      const copy = Buffer.from(original);
      copy[offset] = copy[offset]! ^ (1 << bit);
      return copy;
    },
  };
}

function twoPages(rng: Rng, shape: StoreShape): [number, number] {
  const a = rng.int(1, shape.pages);
  const b = rng.int(1, shape.pages - 1);
  return [a, b >= a ? b + 1 : b];
}

const MAKERS: Record<string, Maker> = {
  'flip: salt': (rng) => flipAt('flip: salt', rng.int(0, 15), rng.int(0, 7)),
  'flip: encrypted header': (rng) => flipAt('flip: encrypted header', rng.int(16, 99), rng.int(0, 7)),
  'flip: free page': (rng, s) => flipAt('flip: free page', pageStart(rng.pick(s.freePages)) + rng.int(0, PAGE - 1), rng.int(0, 7)),
  'flip: last page': (rng, s) => flipAt('flip: last page', pageStart(s.pages) + rng.int(0, PAGE - 1), rng.int(0, 7)),
  'flip: IV or HMAC': (rng, s) => flipAt('flip: IV or HMAC', pageStart(rng.int(1, s.pages)) + rng.int(PAGE - 80, PAGE - 1), rng.int(0, 7)),
  'flip: anywhere': (rng, s) => flipAt('flip: anywhere', rng.int(0, s.pages * PAGE - 1), rng.int(0, 7)),
  'truncate: any length': (rng, s) => {
    const length = rng.int(0, s.pages * PAGE - 1);
    return { kind: 'truncate: any length', where: `to ${length} bytes`, apply: (o) => Buffer.from(o.subarray(0, length)) };
  },
  'truncate: page boundary': (rng, s) => {
    const pages = rng.int(0, s.pages - 1);
    return { kind: 'truncate: page boundary', where: `to ${pages} pages`, apply: (o) => Buffer.from(o.subarray(0, pages * PAGE)) };
  },
  'swap pages': (rng, s) => {
    const [a, b] = twoPages(rng, s);
    return {
      kind: 'swap pages',
      where: `pages ${a} and ${b}`,
      apply: (o) => {
        const copy = Buffer.from(o);
        o.copy(copy, pageStart(a), pageStart(b), pageStart(b) + PAGE);
        o.copy(copy, pageStart(b), pageStart(a), pageStart(a) + PAGE);
        return copy;
      },
    };
  },
  'zero page': (rng, s) => {
    const page = rng.int(1, s.pages);
    return { kind: 'zero page', where: `page ${page}`, apply: (o) => Buffer.from(o).fill(0, pageStart(page), pageStart(page) + PAGE) };
  },
  'duplicate page over another': (rng, s) => {
    const [from, to] = twoPages(rng, s);
    return {
      kind: 'duplicate page over another',
      where: `page ${from} copied over page ${to}`,
      apply: (o) => {
        const copy = Buffer.from(o);
        o.copy(copy, pageStart(to), pageStart(from), pageStart(from) + PAGE);
        return copy;
      },
    };
  },
  'duplicate page at the end': (rng, s) => {
    const page = rng.int(1, s.pages);
    return {
      kind: 'duplicate page at the end',
      where: `page ${page} appended`,
      apply: (o) => Buffer.concat([o, o.subarray(pageStart(page), pageStart(page) + PAGE)]),
    };
  },
};

export const MUTATION_KINDS = Object.keys(MAKERS);

/** The n-th mutation: kinds in turn (so each is well represented), details at random. */
export function nthMutation(n: number, rng: Rng, shape: StoreShape): Mutation {
  return MAKERS[MUTATION_KINDS[n % MUTATION_KINDS.length]!]!(rng, shape);
}
