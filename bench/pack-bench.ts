/**
 * The conference pack at scale: two siblings whose record holds 2,000 notes over two years (a third
 * visits with per-child seen answers and people present, one in eight significant, some with the
 * child's words), drafted and exported through the core's channels exactly as the builder does it —
 * PDF printed by Debian's Chromium (the engine Electron's printToPDF uses), Word by the docx library,
 * both encrypted into one archive (the default). Target: PDF + Word under 3 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { CaseSummary, Pack } from '../preload/contract';
import { createCore, type Core } from '../main/ipc/core';
import type { KdfSettings } from '../main/keys/profile-keys';
import { createMemorySettings } from '../main/settings/settings-port';
import { launchPrinterBrowser, printerFor } from '../tests/support/chromium-pdf-printer';
import { median } from './stats';

export interface PackBenchResult {
  notes: number;
  chronologyRows: number;
  seenRows: number;
  draftMs: number;
  pdfDocxMs: number;
  pdfMs: number;
  docxMs: number;
  archiveBytes: number;
}

const NOTES = 2_000;
const RUNS = 5;
const DAY_MS = 86_400_000;
const CHEAP_KDF: KdfSettings = { passphrase: { N: 2 ** 12, r: 8, p: 1, dkLen: 32 }, recoveryKey: { N: 2 ** 10, r: 8, p: 1, dkLen: 32 } };

async function call<T>(core: Core, channel: string, payload: unknown): Promise<T> {
  const answer = await core.dispatch(channel, payload);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

const SENTENCES = [
  'I visited the family home after school and spoke with Mum in the kitchen.',
  'The house was warm and tidy, and there was food in the fridge and cupboards.',
  'We talked about the plan and what has changed since the last core group.',
  'School report attendance at 92 % this half term, up from 85 %.',
  'Mum said the new routine at bedtime is working and the children are sleeping better.',
  '{{Her neighbour at number 12}} has been helping with the school run twice a week.',
];

async function seed(core: Core, now: number): Promise<{ ava: CaseSummary; ben: CaseSummary }> {
  await call(core, 'createProfile', { displayName: 'Bench Worker', passphrase: 'bench passphrase four words' });
  const ava = await call<CaseSummary>(core, 'createCase', { childName: 'Ava Bench', dateOfBirth: '2016-04-03', caseReference: 'BENCH-1' });
  const ben = await call<CaseSummary>(core, 'createCase', { childName: 'Ben Bench', dateOfBirth: '2019-09-12', caseReference: 'BENCH-2' });
  await call(core, 'addSibling', { caseId: ava.id, siblingCaseId: ben.id });
  const mum = await call<{ id: string }>(core, 'createPerson', {
    fullName: 'Kim Bench',
    links: [ava.id, ben.id].map((caseId) => ({ caseId, relationship: 'mother', parentalResponsibility: true })),
  });
  const answers = ['seen', 'seen-alone', 'not-seen'] as const;
  for (let i = 0; i < NOTES; i++) {
    const at = new Date(now - (2 * 365 - 1) * DAY_MS + (i * (2 * 365 - 2) * DAY_MS) / NOTES);
    const visit = i % 3 === 0;
    const body = [SENTENCES[i % SENTENCES.length], SENTENCES[(i + 2) % SENTENCES.length], i % 5 === 0 ? 'Ava said "I like it when we bake cakes."' : '']
      .filter(Boolean)
      .join(' ');
    const children = (i % 2 === 0 ? [ava.id, ben.id] : [ava.id]).map((caseId, c) => ({
      caseId,
      seen: visit ? answers[(i + c) % 3] : null,
      notSeenReason: visit && answers[(i + c) % 3] === 'not-seen' ? 'At nursery' : null,
    }));
    await call(core, 'saveNote', {
      id: uuidv7({ msecs: at.getTime() }),
      body,
      structure: {
        children,
        contactAt: at.toISOString(),
        contactHasTime: true,
        contactType: visit ? 'home-visit' : 'phone-call',
        significant: i % 8 === 0,
        voice: i % 5 === 0 ? ['I like it when we bake cakes.'] : [],
        people: visit ? [mum.id] : [],
      },
    });
  }
  return { ava, ben };
}

export async function runPackBench(log: (line: string) => void): Promise<PackBenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casework-pack-bench-'));
  fs.mkdirSync(path.join(root, 'out'));
  const browser = await launchPrinterBrowser();
  const core = createCore({
    profilesRoot: path.join(root, 'profiles'),
    settings: createMemorySettings(),
    emit: () => {},
    kdf: CHEAP_KDF,
    pdfPrinter: printerFor(browser),
    exportDestination: { choose: async ({ name }) => path.join(root, 'out', `${uuidv7()}-${name}`) },
  });
  try {
    const now = Date.now();
    log(`pack: seeding ${NOTES.toLocaleString('en-GB')} notes`);
    const { ava, ben } = await seed(core, now);
    const from = new Date(now - 2 * 365 * DAY_MS).toISOString().slice(0, 10);
    const to = new Date(now).toISOString().slice(0, 10);
    const draft = { caseId: ava.id, childIds: [ava.id, ben.id], from, to, conferenceType: 'review' };
    const drafts: number[] = [];
    let pack: Pack | null = null;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      pack = await call<Pack>(core, 'draftPack', draft);
      drafts.push(performance.now() - started);
    }
    const timeExport = async (formats: string[]) => {
      const samples: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const result = await call<{ archive: { bytes: number } | null }>(core, 'exportPack', {
          packId: pack!.id,
          formats,
          audience: 'family',
          recipient: 'Bench conference',
          purpose: 'Benchmark',
          encrypt: true,
        });
        samples.push(performance.now() - started);
        bytes = result.archive?.bytes ?? 0;
      }
      return { ms: median(samples), bytes };
    };
    log('pack: exporting');
    const both = await timeExport(['pdf', 'docx']);
    const pdf = await timeExport(['pdf']);
    const docx = await timeExport(['docx']);
    const children = pack!.children;
    return {
      notes: NOTES,
      chronologyRows: children.reduce((n, c) => n + c.chronology.length, 0),
      seenRows: children.reduce((n, c) => n + c.seen.length, 0),
      draftMs: median(drafts),
      pdfDocxMs: both.ms,
      pdfMs: pdf.ms,
      docxMs: docx.ms,
      archiveBytes: both.bytes,
    };
  } finally {
    core.shutdown();
    await browser.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export function packTable(r: PackBenchResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    '| Notes in the record | Chronology rows | Seen rows | Draft (draftPack) | PDF + Word, encrypted (exportPack) | PDF alone | Word alone | Archive |',
    '|---|---|---|---|---|---|---|---|',
    `| ${r.notes.toLocaleString('en-GB')} | ${r.chronologyRows} | ${r.seenRows} | ${s(r.draftMs)} | **${s(r.pdfDocxMs)}** | ${s(r.pdfMs)} | ${s(r.docxMs)} | ${(r.archiveBytes / 1024).toFixed(0)} KiB |`,
  ].join('\n');
}
