import type { Handlers } from '../dispatcher';
import type { CoreContext } from '../core-context';
import type { TemplateChange } from '../../templates/template-repository';

type TemplateChannels = 'listTemplates' | 'getTemplateVersion' | 'saveTemplate' | 'setTemplateRetired';

/** The team's note templates: read by the composer and the timeline; changed (and audited) from Settings. */
export function templateHandlers(ctx: CoreContext): Pick<Handlers, TemplateChannels> {
  const repos = () => ctx.session.repositories();
  // A change and its audit entry land together; a save that changed nothing records nothing.
  const audited = (change: () => TemplateChange) => {
    const r = repos();
    return r.atomically(() => {
      const { template, changed } = change();
      if (changed) r.audit.record({ action: 'settings-changed', detail: { changed: ['note templates'] } });
      return template;
    });
  };
  return {
    listTemplates: () => repos().templates.list(),
    getTemplateVersion: ({ templateId, version }) => repos().templates.getVersion(templateId, version),
    saveTemplate: ({ templateId, name, body }) => audited(() => repos().templates.save(templateId, name, body, ctx.session.now())),
    setTemplateRetired: ({ templateId, retired }) => audited(() => repos().templates.setRetired(templateId, retired)),
  };
}
