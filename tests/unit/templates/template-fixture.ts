/** A profile with a case and the seeded templates, for the template tests. */
import type { CaseSummary, NoteTemplate } from '../../../preload/contract';
import type { CoreOptions } from '../../../main/ipc/core';
import { auditedProfile } from '../audit/audit-fixture';

export const SEEDED = ['home-visit', 'signs-of-safety', 'assessment-framework'];

export async function templateProfile(overrides: Partial<CoreOptions> = {}) {
  const p = await auditedProfile(overrides);
  const amira = await p.call<CaseSummary>('createCase', { childName: 'Amira Khan' });
  const list = () => p.call<NoteTemplate[]>('listTemplates');
  const find = async (id: string) => (await list()).find((t) => t.id === id)!;
  return {
    ...p,
    amira,
    list,
    find,
    save: (templateId: string | null, name: string, body: string) => p.call<NoteTemplate>('saveTemplate', { templateId, name, body }),
    /** The seeded home visit template with its first prompt reworded: version 2. */
    reworkHomeVisit: async () => {
      const home = await find('home-visit');
      return p.call<NoteTemplate>('saveTemplate', { templateId: 'home-visit', name: home.name, body: home.body.replace('What happened?', 'What happened on the visit?') });
    },
  };
}
