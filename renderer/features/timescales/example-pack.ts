import type { RulePackSummary } from '../../../preload/contract/timescales';
import { call, type Envelope } from '../../api';

/**
 * "Use the example pack": the example file shipped with the app, imported exactly as a team's own
 * file would be (same checks, same record of which file and revision is in use).
 */
export async function importExamplePack(): Promise<Envelope<RulePackSummary & { notices: string[] }>> {
  const example = await call('getExampleRulePack', {});
  if (!example.ok) return example;
  return call('importRulePack', { fileName: example.value.fileName, text: example.value.text });
}

/** "England — example defaults, revision 1": which rules, and which edit of them. */
export function packWords(pack: Pick<RulePackSummary, 'name' | 'revision'>): string {
  return `${pack.name}, revision ${pack.revision}`;
}
