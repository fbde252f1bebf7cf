/**
 * "Template: Home visit (v2)" on a note that started from a template: quiet, because the prompts are
 * context for the reader, not part of the record's substance. Named as that version was, so renaming
 * a template later never changes what older notes say they used.
 */
import type { Note } from '../../../preload/contract/channels';
import { templateVersionLabel } from './template-text';
import '../../styles/templates.css';

export function TemplateUsed({ template }: { template: Note['template'] }) {
  if (!template) return null;
  return <span className="timeline-note__template">Template: {templateVersionLabel(template)}</span>;
}
