/**
 * Note-sized text for the benchmark: ~80 words drawn from a case-recording vocabulary with a Zipf
 * distribution (a few words very common, most rare), like real prose. Deterministic from the seed.
 * Sizes and word frequencies matter for page counts and, later, for search; meaning does not.
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

// Zipf weights (s ≈ 1.07, as in English text), accumulated once for a binary search per word.
const CUMULATIVE = (() => {
  let total = 0;
  return VOCABULARY.map((_, rank) => (total += 1 / (rank + 1) ** 1.07));
})();

function zipfWord(rng: Rng): string {
  const target = rng.next() * CUMULATIVE.at(-1)!;
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (CUMULATIVE[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}

export function createNoteText(seed: number): () => string {
  const rng = createRng(seed);
  return () => {
    const words: string[] = [];
    const count = rng.int(70, 90);
    let sentence = 0;
    for (let i = 0; i < count; i++) {
      let word = zipfWord(rng);
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
