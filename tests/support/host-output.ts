/**
 * Captures what this process writes to stdout and stderr (console.* included) while still passing it
 * through, so a test can search the host's log output for words that must never be logged.
 */
type Stream = 'stdout' | 'stderr';

export interface CapturedOutput {
  /** Restores the streams (again is harmless) and returns everything written since the start. */
  stop(): Record<Stream, string>;
  /**
   * Adds text as if the host had written it, without passing it on: a canary proving the scan reads
   * the output must not reach the real stream (a CI log kept in a temp folder would then hold it).
   */
  plant(stream: Stream, text: string): void;
}

export function captureHostOutput(): CapturedOutput {
  const seen: Record<Stream, string[]> = { stdout: [], stderr: [] };
  const originals = { stdout: process.stdout.write, stderr: process.stderr.write };
  const wrap = (name: Stream) =>
    function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      seen[name].push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (originals[name] as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof process.stdout.write;
  process.stdout.write = wrap('stdout');
  process.stderr.write = wrap('stderr');
  let stopped = false;
  return {
    plant(stream, text) {
      seen[stream].push(text);
    },
    stop() {
      if (!stopped) {
        process.stdout.write = originals.stdout;
        process.stderr.write = originals.stderr;
        stopped = true;
      }
      return { stdout: seen.stdout.join(''), stderr: seen.stderr.join('') };
    },
  };
}
