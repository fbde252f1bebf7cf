import { describe, expect, it } from 'vitest';
import { markThirdParty, redactThirdParty, splitThirdParty, unmarkThirdParty } from '../../preload/contract/third-party';

describe('third-party markers', () => {
  const text = 'Mum said {{Mrs Green at number 4}} called the police; {{her sister\nJo}} agreed.';

  it('redacts every marked passage for the family and keeps it for professionals', () => {
    expect(redactThirdParty(text)).toBe('Mum said [redacted – third party] called the police; [redacted – third party] agreed.');
    expect(unmarkThirdParty(text)).toBe('Mum said Mrs Green at number 4 called the police; her sister\nJo agreed.');
  });

  it('leaves an unclosed marker as plain text and drops empty ones', () => {
    expect(redactThirdParty('A {{ never closed')).toBe('A {{ never closed');
    expect(splitThirdParty('x{{}}y')).toEqual([
      { thirdParty: false, text: 'x' },
      { thirdParty: false, text: 'y' },
    ]);
  });

  it('marks a selection and reports where the marked words now are', () => {
    const marked = markThirdParty('Called by Mrs Green today', 10, 19);
    expect(marked.text).toBe('Called by {{Mrs Green}} today');
    expect(marked.text.slice(marked.start, marked.end)).toBe('Mrs Green');
  });
});
