/**
 * No plaintext anywhere: a whole session through the real renderer, core and encrypted store — a
 * demo profile seeded beside ours, a profile and a case created, a note captured (drafts saved as it
 * is typed), a search, a pack drafted and exported to an encrypted archive, then lock — and then every
 * place the session could have left words behind is searched for the made-up names and phrases typed
 * into it: the profile folders (stores, -wal/-shm, key slots, backups), the host process's own temp
 * folder (which holds Chromium's profile and log too), the system temp folders, the host's and the
 * browser's log output, the page's web storage and the exported archive. None may be found.
 *
 * A scan that finds nothing proves nothing unless it can find something: canaries with the markers are
 * planted in the temp folder (UTF-8 lower case, UTF-16LE upper case) and in the host's log output, and
 * the archive is opened with its passphrase to show the markers are inside it. The scan must find
 * exactly the canaries.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_FAMILIES } from '../../main/demo/families';
import { seedDemoProfile } from '../../main/demo/seed-profile';
import { captureHostOutput } from '../support/host-output';
import { describeHits, scanBytes, scanRecentEntries, scanText, scanTree, type PlaintextHit } from '../support/plaintext-scan';
import { zipEntries } from '../unit/export/readers';
import { FAST_KDF } from '../unit/support/kdf';
import { expect, test } from './host/isolated-tmp';
import { continuePastRecoveryKey, createCaseThroughUi, createProfileThroughUi } from './support/flows';

const CTRL = process.platform === 'darwin' ? 'Meta' : 'Control';
// Made up afresh for each run, so they are in no source file, and no cache of one (tsx, Playwright's
// transform cache, in the shared /tmp) can hold them: any hit comes from this session.
const RUN = Array.from(crypto.randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join('');
const SURNAME = `Quill${RUN}`;
const CHILD = `Zephyrine ${SURNAME}`;
const PHRASE = `marker-okapi-${crypto.randomInt(100_000, 1_000_000)}`;
const SESSION_MARKERS = [CHILD, SURNAME, PHRASE, PHRASE.replace('marker-', '')];
/**
 * The demo's invented children, contacts and children's words: in the demo store, never in the clear.
 * They are in the demo's source too, so they are searched for where source never goes (the session's
 * own temp folder, the profiles, logs, the page), not in the shared system temp folder.
 */
const DEMO_MARKERS = [
  ...DEMO_FAMILIES.flatMap((f) => f.children.map((c) => `${c.firstName} ${c.surname}`)),
  ...DEMO_FAMILIES.flatMap((f) => f.contacts.map((c) => c.name)),
  ...DEMO_FAMILIES.flatMap((f) => f.children.flatMap((c) => c.voice)),
].filter((marker) => marker.length >= 9); // long enough that binary data cannot hold one by chance
const MARKERS = [...new Set([...SESSION_MARKERS, ...DEMO_MARKERS])];

test('after a whole session and lock, no marker is anywhere on disk, in temp, in logs or in the export', async ({ host, sessionTmp }, testInfo) => {
  test.setTimeout(240_000);
  const { page } = host;
  const startedAt = Date.now() - 2000; // file times can be rounded down
  const output = captureHostOutput();
  const pageLog: string[] = [];
  page.on('console', (message) => pageLog.push(message.text()));
  page.on('pageerror', (error) => pageLog.push(String(error)));

  try {
    // A demo profile in the same folder, seeded through the core: its families are scanned for too.
    await seedDemoProfile({ profilesRoot: host.profilesRoot, passphrase: 'demo course passphrase here', now: new Date(), kdf: FAST_KDF });
    await host.open();
    await page.getByRole('button', { name: 'Create a new profile' }).click();
    await createProfileThroughUi(page, 'Sam Okafor');
    await continuePastRecoveryKey(page);
    await createCaseThroughUi(page, CHILD, { dateOfBirth: '2015-06-01' });

    // Typed key by key, so drafts are saved along the way; "!" makes it a chronology event and the
    // quoted words are the child's, so both reach the pack.
    await page.keyboard.type(`! Home visit. ${CHILD} said "${PHRASE} is the name of my rabbit".`);
    await page.keyboard.press(`${CTRL}+Enter`);
    await expect(page.getByRole('status').filter({ hasText: 'Note saved' })).toBeVisible();

    await page.keyboard.press(`${CTRL}+KeyK`);
    const search = page.getByRole('dialog', { name: 'Search' });
    await search.getByRole('combobox', { name: 'Search children and notes' }).pressSequentially(PHRASE);
    await expect(search.getByRole('group', { name: 'Notes' }).getByRole('option')).toContainText('rabbit');
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();

    await page.getByRole('button', { name: 'Conference packs' }).click();
    await page.getByRole('button', { name: 'Start a new pack' }).click();
    const form = page.getByRole('region', { name: 'Start a new pack' });
    await form.getByRole('group', { name: 'Conference' }).getByRole('radio', { name: 'Review conference' }).check();
    await form.getByRole('button', { name: 'Draft the pack' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Conference pack' })).toBeVisible();
    await page.getByRole('button', { name: 'Export pack' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the pack' });
    await expect(dialog.getByRole('checkbox', { name: 'Encrypt (recommended)' })).toBeChecked();
    await dialog.getByRole('group', { name: 'Who is this for?' }).getByRole('radio', { name: /^For professionals/u }).check();
    await dialog.getByRole('textbox', { name: 'Recipient' }).fill('Review conference chair');
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill('Review child protection conference');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Pack exported' });
    await expect(done.getByRole('heading', { name: 'Pack exported' })).toBeFocused({ timeout: 30_000 });
    const passphrase = (await done.locator('.pack-passphrase__value code').textContent()) ?? '';
    await done.getByRole('button', { name: 'Close' }).click();

    // While unlocked the store's write-ahead log and shared memory are live: scanned now, as they are.
    const whileUnlocked = scanTree(host.profilesRoot, MARKERS);
    const liveFiles = listFiles(host.profilesRoot).map((f) => path.basename(f));
    expect(liveFiles).toEqual(expect.arrayContaining(['store.db-wal', 'store.db-shm']));

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock Sam Okafor' })).toBeVisible();

    // The export did carry the markers: opened with its passphrase, the chronology (CSV) names the
    // child and the Word text quotes her. So the archive's own bytes below are searched for something
    // that is there.
    const [archive, ...others] = fs.readdirSync(host.exportsDir);
    expect(others).toEqual([]);
    const archivePath = path.join(host.exportsDir, archive!);
    const inside = await zipEntries(fs.readFileSync(archivePath), passphrase);
    const entry = (suffix: string) => [...inside].find(([name]) => name.endsWith(suffix))![1];
    const wordText = (await zipEntries(entry('.docx'))).get('word/document.xml')!;
    expect(scanBytes(entry('.csv'), [CHILD], 'csv')).not.toEqual([]);
    expect(new Set(scanBytes(wordText, [CHILD, PHRASE], 'docx').map((h) => h.marker))).toEqual(new Set([CHILD, PHRASE]));

    // What the page keeps after lock: its DOM, and any web storage (on disk in Electron's profile).
    const pageState = await page.evaluate(async () => ({
      html: document.documentElement.outerHTML,
      storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      databases: JSON.stringify(await indexedDB.databases()),
      caches: JSON.stringify(await caches.keys()),
    }));

    // Canaries: the scan must find these and nothing else.
    const { tmp, systemTmp } = sessionTmp;
    const canaries = [path.join(tmp, 'canary', 'utf8.txt'), path.join(tmp, 'canary', 'deeper', 'utf16le.bin')];
    fs.mkdirSync(path.dirname(canaries[1]!), { recursive: true });
    fs.writeFileSync(canaries[0]!, `planted: ${PHRASE.toLowerCase()}\n`);
    fs.writeFileSync(canaries[1]!, Buffer.concat([Buffer.alloc(7), Buffer.from(CHILD.toUpperCase(), 'utf16le')]));
    output.plant('stderr', `plaintext-scan canary on stderr: ${PHRASE}\n`);
    const logs = output.stop();

    const inTemp = scanTree(tmp, MARKERS); // profiles, exports, Chromium's profile and log are all in here
    // Anything written outside TMPDIR during the session (a hard-coded /tmp path, /dev/shm).
    const inSystemTemp = [systemTmp, '/var/tmp', '/dev/shm']
      .filter((dir) => fs.existsSync(dir))
      .flatMap((dir) => scanRecentEntries(dir, SESSION_MARKERS, startedAt, (p) => p === tmp).hits);
    const hits: PlaintextHit[] = [
      ...whileUnlocked.hits,
      ...inTemp.hits,
      ...inSystemTemp,
      ...scanText(logs.stdout, MARKERS, 'host stdout'),
      ...scanText(logs.stderr, MARKERS, 'host stderr'),
      ...scanText(pageLog.join('\n'), MARKERS, 'page console'),
      ...scanText(pageState.html, MARKERS, 'page DOM after lock'),
      ...scanText(pageState.storage + pageState.databases + pageState.caches, MARKERS, 'page web storage'),
    ];
    const planted = (h: PlaintextHit) => canaries.includes(h.where) || h.where === 'host stderr';
    await testInfo.attach('plaintext-scan', {
      contentType: 'text/plain',
      body: [`${inTemp.files} files, ${inTemp.bytes} bytes under ${tmp}`, `unreadable: ${inTemp.unreadable.join(', ')}`, ...describeHits(hits)].join('\n'),
    });

    // It searched what it was meant to: both profiles' stores and backups, the archive, Chromium's profile.
    const scanned = listFiles(tmp);
    expect(scanned.filter((f) => path.basename(f) === 'store.db')).toHaveLength(2);
    expect(scanned.some((f) => f.includes(`${path.sep}backups${path.sep}`))).toBe(true);
    expect(scanned).toContain(archivePath);
    expect(scanned.some((f) => f.includes('playwright_chromiumdev_profile-'))).toBe(true);
    expect(fs.statSync(sessionTmp.chromiumLog).size).toBeGreaterThan(0);
    expect(inTemp.unreadable).toEqual([]);

    // It can fail: every canary was found, in its encoding, whatever its case.
    const found = hits.filter(planted).map((h) => `${path.basename(h.where)}:${h.encoding}:${h.marker}`);
    expect(found).toEqual(expect.arrayContaining([`utf8.txt:utf8:${PHRASE}`, `utf16le.bin:utf16le:${CHILD}`, `host stderr:utf8:${PHRASE}`]));
    // And nothing else: 0 hits from the session.
    expect(describeHits(hits.filter((h) => !planted(h)))).toEqual([]);
  } finally {
    output.stop();
  }
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : e.isFile() ? [full] : [];
  });
}
