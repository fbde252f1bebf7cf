/**
 * The notes a crash-test writer saves, numbered 0, 1, 2… and derived only from (seed, number), so the
 * parent knows which note was in flight when it killed the writer, and the next writer retries it with
 * exactly the same id and text, as the renderer retries an unacknowledged save.
 */
import crypto from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

const FIRST_NOTE_AT = Date.UTC(2026, 0, 5, 9, 0, 0);
const SENTENCES = [
  'Home visit with mum present.',
  'Amira showed me her bedroom and said "I like my new bed".',
  'The kitchen was clean and there was food in the fridge.',
  'Mum said the health visitor came on Tuesday.',
  'Leo was at nursery; I will see him on Thursday.',
  'We agreed the next visit and the school meeting date.',
];

/** A UUIDv7 like the renderer makes, with its time and random bits taken from the sequence number. */
export function noteIdFor(seed: number, seq: number): string {
  const random = crypto.createHash('sha256').update(`casework-crash:${seed}:${seq}`).digest().subarray(0, 16);
  return uuidv7({ msecs: FIRST_NOTE_AT + seq * 60_000, random });
}

/**
 * Different lengths, so saves split and fill pages at different points: mostly 100-700 characters
 * (a quick note), every 25th a long write-up (~3,000 characters) that needs overflow pages.
 */
export function noteBodyFor(seed: number, seq: number): string {
  const sentences = seq % 25 === 0 ? 60 : 2 + ((seq * 7919 + seed) % 12);
  const words = Array.from({ length: sentences }, (_, i) => SENTENCES[(seq + i) % SENTENCES.length]);
  return `Note ${seq}. ${words.join(' ')}`;
}
