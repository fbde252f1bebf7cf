/**
 * The passphrase rule and strength hint, shared by the renderer (live hint) and the main process
 * (the rule is enforced again at the IPC boundary). Rule: at least 12 characters, or at least 4 words.
 * The hint is a nudge, not a lecture: one short sentence.
 */
export const MIN_PASSPHRASE_CHARACTERS = 12;
export const MIN_PASSPHRASE_WORDS = 4;
export const MAX_PASSPHRASE_CHARACTERS = 1024;

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

export interface PassphraseAssessment {
  acceptable: boolean;
  strength: PassphraseStrength;
  hint: string;
}

function wordCount(passphrase: string): number {
  return passphrase.trim().split(/\s+/u).filter((w) => w.length > 0).length;
}

export function meetsPassphraseRule(passphrase: string): boolean {
  return (
    [...passphrase].length >= MIN_PASSPHRASE_CHARACTERS || wordCount(passphrase) >= MIN_PASSPHRASE_WORDS
  );
}

/** Rough entropy estimate: enough to tell "password1234" from four random words, no dictionary needed. */
function estimateBits(passphrase: string): number {
  const chars = [...passphrase];
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  let pool = 0;
  if (/[a-z]/u.test(passphrase)) pool += 26;
  if (/[A-Z]/u.test(passphrase)) pool += 26;
  if (/[0-9]/u.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9]/u.test(passphrase)) pool += 20;
  // Repetition ("aaaaaaaaaaaa", "abcabcabcabc") earns little: scale by how varied the characters are.
  const variety = Math.min(1, distinct / 10);
  return chars.length * Math.log2(Math.max(pool, 2)) * variety;
}

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  if (!meetsPassphraseRule(passphrase)) {
    return {
      acceptable: false,
      strength: 'too-short',
      hint: `Use at least ${MIN_PASSPHRASE_CHARACTERS} characters, or ${MIN_PASSPHRASE_WORDS} words.`,
    };
  }
  const bits = estimateBits(passphrase);
  if (bits < 45) {
    return { acceptable: true, strength: 'weak', hint: 'Easy to guess. A few unrelated words are stronger.' };
  }
  if (bits < 70) {
    return { acceptable: true, strength: 'fair', hint: 'Fair. Another word would make it much stronger.' };
  }
  return { acceptable: true, strength: 'strong', hint: 'Strong.' };
}
