import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import type { AuditEvent } from '../../audit/audit-log';
import { readTeamFile } from '../../shared/team-file';
import { parseTemplateFile } from '../../templates/template-file';
import { importTemplateFile } from '../../templates/template-import';
import type { TemplateChange } from '../../templates/template-repository';
import { saveTemplatesFile } from '../../templates/save-templates-file';

type TemplateChannels = 'listTemplates' | 'getTemplateVersion' | 'saveTemplate' | 'setTemplateRetired' | 'importTemplates' | 'saveTemplatesFile';

const TEMPLATES_CHANGED: AuditEvent = { action: 'settings-changed', detail: { changed: ['note templates'] } };

/** The team's note templates: read by the composer and the timeline; changed (and audited) from Settings. */
export function templateHandlers(ctx: CoreContext): Pick<Handlers, TemplateChannels> {
  const repos = () => ctx.session.repositories();
  // A change and its audit entry land together; a save that changed nothing records nothing.
  const audited = (change: () => TemplateChange) => {
    const r = repos();
    return r.atomically(() => {
      const { template, changed } = change();
      if (changed) r.audit.record(TEMPLATES_CHANGED);
      return template;
    });
  };
  return {
    listTemplates: () => repos().templates.list(),
    getTemplateVersion: ({ templateId, version }) => repos().templates.getVersion(templateId, version),
    saveTemplate: ({ templateId, name, body }) => audited(() => repos().templates.save(templateId, name, body, ctx.session.now())),
    setTemplateRetired: ({ templateId, retired }) => audited(() => repos().templates.setRetired(templateId, retired)),
    // Checked whole before anything changes; then applied whole, with one audit entry, or not at all.
    importTemplates: ({ fileName, text }) => {
      const { value: entries } = readTeamFile(fileName, text, parseTemplateFile, 'your templates have not changed');
      const r = repos();
      return r.atomically(() => {
        const { changed, ...outcome } = importTemplateFile(r.templates, entries, ctx.session.now());
        if (changed) r.audit.record(TEMPLATES_CHANGED);
        return { ...outcome, templates: r.templates.list() };
      });
    },
    saveTemplatesFile: () => saveTemplatesFile(ctx),
  };
}
