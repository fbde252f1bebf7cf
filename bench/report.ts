/** Markdown tables for the benchmark's results, printed to stdout (counts and timings only). */
import type { SizeResult } from './compare';
import type { Summary } from './stats';

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const trio = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
const perSecond = (s: Summary) => Math.round(1000 / s.mean).toLocaleString('en-GB');
const size = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function saveTable(results: readonly SizeResult[]): string {
  return table(
    ['Notes in store', 'Store', 'Save p50 / p95 / p99 (ms)', 'Max (ms)', 'Saves > 5 ms', 'Saves/s (one at a time)', 'Fill (notes/s, batched)', 'File (MiB)'],
    results.map((r) => [
      size(r.notes),
      r.mode,
      trio(r.save),
      ms(r.save.max),
      `${r.save.over5ms} of ${r.save.n}`,
      perSecond(r.save),
      Math.round(r.notes / r.fillSeconds).toLocaleString('en-GB'),
      r.fileMiB.toFixed(1),
    ]),
  );
}

export function listTable(results: readonly SizeResult[]): string {
  return table(
    ['Notes in store', 'Store', 'First 50: p50 / p95 / p99 (ms)', 'Lists/s', 'Full page: p50 / p95 / p99 (ms)', 'Rows/s', 'Full page, 2 MiB default cache (for comparison): p50 / p99 (ms)'],
    results.map((r) => [
      size(r.notes),
      r.mode,
      trio(r.listFirst50),
      perSecond(r.listFirst50),
      trio(r.listFull),
      Math.round((r.listFullRows * 1000) / r.listFull.mean).toLocaleString('en-GB'),
      `${ms(r.listFullDefaultCache.p50)} / ${ms(r.listFullDefaultCache.p99)}`,
    ]),
  );
}

/** Encrypted ÷ plaintext at the same store size: the price of the cipher. */
export function overheadTable(results: readonly SizeResult[]): string {
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const rows = [...new Set(results.map((r) => r.notes))].flatMap((n) => {
    const enc = results.find((r) => r.notes === n && r.mode === 'encrypted');
    const plain = results.find((r) => r.notes === n && r.mode === 'plaintext');
    if (!enc || !plain) return [];
    return [
      [
        size(n),
        x(enc.save.p50, plain.save.p50),
        x(enc.save.p99, plain.save.p99),
        x(enc.fillSeconds, plain.fillSeconds),
        x(enc.listFirst50.p50, plain.listFirst50.p50),
        x(enc.listFull.p50, plain.listFull.p50),
        x(enc.listFullDefaultCache.p50, plain.listFullDefaultCache.p50),
      ],
    ];
  });
  return table(['Notes in store', 'Save p50', 'Save p99', 'Fill time', 'First 50 p50', 'Full page p50', 'Full page p50, 2 MiB cache'], rows);
}

/** Search latency per query, plaintext and encrypted side by side (same store size, same run). */
export function searchTable(results: readonly SizeResult[]): string {
  const rows = [...new Set(results.map((r) => r.notes))].flatMap((n) => {
    const enc = results.find((r) => r.notes === n && r.mode === 'encrypted')?.search;
    const plain = results.find((r) => r.notes === n && r.mode === 'plaintext')?.search;
    if (!enc || !plain) return [];
    const perQuery = enc.queries.map((q, i) => {
      const p = plain.queries[i]!;
      return [size(n), q.name, `\`${q.shown}\``, String(q.hits), `${ms(p.summary.p50)} / ${ms(p.summary.p95)}`, `${ms(q.summary.p50)} / ${ms(q.summary.p95)} (max ${ms(q.summary.max)})`];
    });
    return [...perQuery, [size(n), '**All queries**', '', '', `**${ms(plain.all.p50)} / ${ms(plain.all.p95)}**`, `**${ms(enc.all.p50)} / ${ms(enc.all.p95)}** (max ${ms(enc.all.max)})`]];
  });
  return table(['Notes in store', 'Query', 'Typed', 'Hits (cases + notes, ≤ 20 each)', 'Plaintext p50 / p95 (ms)', 'Encrypted p50 / p95 (ms)'], rows);
}

/** The save tail as the app runs (checkpoint in quiet moments) next to SQLite's default (inside a commit). */
export function checkpointTable(results: readonly SizeResult[]): string {
  return table(
    ['Notes in store', 'Store', 'Save p50 / p95 / p99, checkpoint when idle (app)', 'Save p50 / p95 / p99, checkpoint in the commit (SQLite default)', 'Saves > 5 ms (app vs default)'],
    results.map((r) => [size(r.notes), r.mode, trio(r.save), trio(r.saveCheckpointInCommit), `${r.save.over5ms} vs ${r.saveCheckpointInCommit.over5ms} of ${r.save.n}`]),
  );
}
