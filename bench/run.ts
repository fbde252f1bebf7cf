/**
 * `npm run bench` — not part of the tests. In one process and one run, on fresh stores in temp folders:
 * a single durable note save (NoteRepository.save, one transaction per note, as the app does), a
 * newest-first list of one large case (NoteRepository.listForCase) and search (SearchRepository.search,
 * at 100k and up), at 10k and 100k notes, SQLCipher-encrypted vs the same driver unencrypted; plus one
 * scrypt derivation at the app's passphrase parameters (the cost of unlocking).
 * `npm run bench -- --full` adds 1M notes (fills take several minutes per store; ~2 GB per store file).
 * The conference pack (2,000 notes, PDF + Word through Chromium) runs last; `-- --pack` runs it alone.
 * Prints markdown; docs/benchmarks.md records a run and reads it.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import Database from 'better-sqlite3-multiple-ciphers';
import { deriveKey, passphraseBytes, PASSPHRASE_SCRYPT } from '../main/keys/scrypt-kdf';
import { runSize, type SizePlan, type SizeResult } from './compare';
import { packTable, runPackBench } from './pack-bench';
import { checkpointTable, listTable, overheadTable, saveTable, searchTable } from './report';
import { median } from './stats';

const FULL = process.argv.includes('--full');
const PACK_ONLY = process.argv.includes('--pack');
const SIZES = FULL ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];

const planFor = (notes: number): SizePlan => ({
  notes,
  // The same large case at both sizes, exactly one full page (listForCase's default limit is 5,000),
  // so the two sizes differ only in how big the store around it is.
  heavyCaseNotes: 5_000,
  otherCases: notes / 100,
  saveBlocks: 12,
  savesPerBlock: 250,
  listFirstRuns: 500,
  listFullRuns: 100,
  searchRounds: notes >= 100_000 ? 10 : 0,
});

async function scryptMedianMs(runs = 3): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await deriveKey(passphraseBytes('bench passphrase four words'), crypto.randomBytes(16), PASSPHRASE_SCRYPT);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

function versions(): string {
  const db = new Database(':memory:');
  try {
    const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
    const mc = db.prepare('SELECT sqlite3mc_version()').pluck().get() as string;
    return `SQLite ${sqlite}, ${mc}`;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const began = Date.now();
  const log = (line: string) => process.stderr.write(`… ${line}\n`);
  const cpus = os.cpus();
  console.log('# Casework store benchmark\n');
  console.log(`- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}`);
  console.log(`- Node ${process.version}; ${versions()}`);

  log('scrypt');
  const scrypt = await scryptMedianMs();
  const { N, r, p } = PASSPHRASE_SCRYPT;
  console.log(`- Unlock cost: scrypt at PASSPHRASE_SCRYPT (N=2^${Math.log2(N)}, r=${r}, p=${p}), median of 3 = ${scrypt.toFixed(0)} ms\n`);

  if (!PACK_ONLY) storeSections(log);
  const pack = await runPackBench(log);
  console.log(`## Conference pack (two siblings, ${pack.notes.toLocaleString('en-GB')} notes over two years; median of 5; target PDF + Word < 3 s)\n\n${packTable(pack)}\n`);
  console.log(`Total run time: ${((Date.now() - began) / 1000).toFixed(0)} s`);
}

function storeSections(log: (line: string) => void): void {
  const results: SizeResult[] = [];
  for (const notes of SIZES) results.push(...runSize(planFor(notes), log));

  const plan = planFor(SIZES[0]!);
  const saves = plan.saveBlocks * plan.savesPerBlock;
  console.log(`## Single note save (durable: one transaction per note; ${saves.toLocaleString('en-GB')} saves per store)\n\n${saveTable(results)}\n`);
  console.log(`## Where the WAL checkpoint runs (app: a PASSIVE checkpoint in quiet moments, here after every ${plan.savesPerBlock} saves; comparator: SQLite's default, inside the commit that fills 1,000 pages)\n\n${checkpointTable(results)}\n`);
  console.log(`## One case, newest first (the case holds 5,000 notes; ${plan.listFirstRuns} × first 50, ${plan.listFullRuns} × full page)\n\n${listTable(results)}\n`);
  console.log(`## Encrypted ÷ plaintext\n\n${overheadTable(results)}\n`);
  console.log(`## Search (SearchRepository.search: cases and notes, snippets included; ${planFor(100_000).searchRounds} alternating rounds per query)\n\n${searchTable(results)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
