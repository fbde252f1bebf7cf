/**
 * Secrets for admin commands come from standard input, never from the command line: arguments are
 * visible to every user of the machine in the process list and often end up in shell history.
 * At a terminal the typing is not echoed; when piped, each secret is one line.
 */
import readline from 'node:readline';
import { AdminError } from './admin-error';

export interface SecretInput {
  /** True at a terminal: the caller asks twice for a new passphrase. */
  readonly interactive: boolean;
  read(prompt: string): Promise<string>;
  close(): void;
}

function readHidden(input: NodeJS.ReadStream, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.setEncoding('utf8');
    let text = '';
    const finish = (result: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      result();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(text));
        if (ch === '\u0003' || (ch === '\u0004' && text === '')) return finish(() => reject(new AdminError('Cancelled. Nothing was changed.')));
        if (ch === '\u007f' || ch === '\b') text = [...text].slice(0, -1).join('');
        else if (ch >= ' ' || ch === '\t') text += ch;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}

/** Line by line from a pipe, without waiting for the end of input (a script may keep stdin open). */
function pipedLines(input: NodeJS.ReadableStream): SecretInput {
  const lines = readline.createInterface({ input, terminal: false, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    interactive: false,
    read: async (prompt) => {
      const next = await iterator.next();
      if (next.done) throw new AdminError(`Standard input ended before the ${prompt.replace(/:\s*$/u, '').toLowerCase()} was given. Nothing was changed.`);
      return next.value;
    },
    close: () => lines.close(),
  };
}

export function stdinSecrets(input: NodeJS.ReadStream = process.stdin): SecretInput {
  if (!input.isTTY) return pipedLines(input);
  return { interactive: true, read: (prompt) => readHidden(input, prompt), close: () => input.pause() };
}
