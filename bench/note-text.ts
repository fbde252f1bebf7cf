/**
 * Note-sized text for the benchmark: ~80 words drawn from a case-recording vocabulary with a Zipf
 * distribution (a few words very common, most rare), like real prose. Deterministic from the seed.
 * Sizes and word frequencies matter for page counts and for search; meaning does not. For search,
 * two things real notes have: a long tail of rare words (3 % of words come from 20,000 made-up ones,
 * themselves Zipf-distributed, so some are found a few times in a million notes and some thousands),
 * and the child's first name in about half the notes about them.
 */
import { createRng, type Rng } from '../main/demo/prng';

const VOCABULARY = `
the and to a of in was i said she he her his they we with for at on is it that school home mum dad
child visit would not about had have be this are were there today asked told going well worried
support plan next week parent family nursery baby health bedroom seen alone talked meeting agreed
contact phone called teacher attendance sleep food kitchen safe clean tidy happy upset quiet play
played reading homework friends brother sister grandmother carer foster appointment doctor missed
late early morning evening weekend appointment letter email update review core group conference
worker manager supervision referral assessment chronology strengths worries actions analysis
progress change routine breakfast tea dinner bath nappy bottle weight immunisations development
walked car bus garden park room bed toys books drawing football music college job money rent
housing damp mould heating landlord benefits debt shopping cooking washing laundry clothes shoes
coat uniform kit tired anxious calm settled confident shy cried laughed smiled hugged listened
explained understood shared reassured encouraged praised noticed observed felt wanted hoped
needs wishes feelings views voice safety risk protective warm caring loving consistent boundaries
bedtime screen phone online messages arguments shouting police neighbour visitors partner relationship
drinking alcohol medication mental wellbeing counselling therapy group programme course volunteer
church mosque community library youth club centre hub service team social services council
`.trim().split(/\s+/u);

const SYLLABLES = 'ba be bi bo da de di do fa fe ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi wa we zo'.split(' ');

/** 20,000 distinct made-up words of 3–4 syllables ("kelomira"), the same every run. */
const TAIL = (() => {
  const rng = createRng(7);
  const words = new Set<string>();
  while (words.size < 20_000) {
    words.add(Array.from({ length: rng.int(3, 4) }, () => rng.pick(SYLLABLES)).join(''));
  }
  return [...words];
})();
const TAIL_SHARE = 0.03;

function cumulativeZipf(length: number, s: number): number[] {
  let total = 0;
  return Array.from({ length }, (_, rank) => (total += 1 / (rank + 1) ** s));
}

// Zipf weights (s ≈ 1.07, as in English text), accumulated once for a binary search per word.
const CUMULATIVE = cumulativeZipf(VOCABULARY.length, 1.07);
const TAIL_CUMULATIVE = cumulativeZipf(TAIL.length, 1);

function zipfPick(rng: Rng, words: readonly string[], cumulative: readonly number[]): string {
  const target = rng.next() * cumulative.at(-1)!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return words[lo]!;
}

/** A made-up word by its frequency rank (0 = the most frequent), for the search bench's queries. */
export function tailWord(rank: number): string {
  return TAIL[rank]!;
}

export function createNoteText(seed: number): (childFirstName?: string) => string {
  const rng = createRng(seed);
  return (childFirstName) => {
    const words: string[] = [];
    const count = rng.int(70, 90);
    const nameAt = childFirstName && rng.chance(0.5) ? rng.int(0, count - 1) : -1;
    let sentence = 0;
    for (let i = 0; i < count; i++) {
      let word = i === nameAt ? childFirstName! : rng.chance(TAIL_SHARE) ? zipfPick(rng, TAIL, TAIL_CUMULATIVE) : zipfPick(rng, VOCABULARY, CUMULATIVE);
      if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
      sentence++;
      if (sentence >= 6 && (rng.chance(0.2) || i === count - 1)) {
        word += '.';
        sentence = 0;
      } else if (i === count - 1) {
        word += '.';
      }
      words.push(word);
    }
    return words.join(' ');
  };
}
