/** Seeding and reading back for the capture specs: data goes in and comes out through the real core. */
import type { CaseSummary, Draft, Note } from '../../../preload/contract';
import type { TestHost } from '../host/test-host';
import { PASSPHRASE } from './flows';

async function dispatch<T>(host: TestHost, channel: string, payload: unknown): Promise<T> {
  const result = await host.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/**
 * A practitioner profile, left unlocked (opening the app lands on Cases), with one case per child.
 * Returns each child's case id by name.
 */
export async function seedUnlockedCaseload(
  host: TestHost,
  displayName: string,
  children: ReadonlyArray<{ childName: string; dateOfBirth?: string }>,
): Promise<Record<string, string>> {
  await dispatch(host, 'createProfile', { displayName, passphrase: PASSPHRASE });
  const ids: Record<string, string> = {};
  for (const child of children) {
    const created = await dispatch<CaseSummary>(host, 'createCase', { childName: child.childName, dateOfBirth: child.dateOfBirth ?? null });
    ids[child.childName] = created.id;
  }
  return ids;
}

export const notesFor = (host: TestHost, caseId: string): Promise<Note[]> => dispatch<Note[]>(host, 'listNotes', { caseId });
export const inboxNotes = (host: TestHost): Promise<Note[]> => dispatch<Note[]>(host, 'listInbox', {});
export const allDrafts = (host: TestHost): Promise<Draft[]> => dispatch<Draft[]>(host, 'listDrafts', {});

/** "YYYY-MM-DD HH:mm" of an instant on a UK wall clock (the test browser runs in Europe/London). */
export function londonWallClock(instant: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Yesterday's date in the UK, YYYY-MM-DD. */
export function londonYesterday(now: Date = new Date()): string {
  return londonWallClock(new Date(now.getTime() - 24 * 60 * 60 * 1000)).slice(0, 10);
}
