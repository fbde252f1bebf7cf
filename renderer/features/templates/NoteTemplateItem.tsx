/**
 * One template in Settings: its name, its version and when that version was saved, its prompts, and
 * Edit / Retire (or Restore). Each button's name says which template it acts on (GOV.UK's hidden
 * context: the visible word comes first).
 */
import type { NoteTemplate } from '../../../preload/contract/templates';
import { formatDay } from '../../lib/dates';
import { Button } from '../../ui/Button';
import { promptLines } from './template-text';

interface NoteTemplateItemProps {
  template: NoteTemplate;
  onEdit: () => void;
  onSetRetired: (retired: boolean) => void;
}

export const itemButtonId = (templateId: string, action: 'edit' | 'retire') => `note-template-${templateId}-${action}`;

/** "v3, saved 4 March 2026" */
export function versionLine(template: Pick<NoteTemplate, 'version' | 'updatedAt'>): string {
  return `v${template.version}, saved ${formatDay(template.updatedAt)}`;
}

export function NoteTemplateItem({ template, onEdit, onSetRetired }: NoteTemplateItemProps) {
  const context = <span className="visually-hidden"> {template.name}</span>;
  const headingId = `note-template-${template.id}-heading`;
  return (
    <li className="note-template">
      <h3 id={headingId} className="note-template__name">
        {template.name}
      </h3>
      <p className="note-template__meta">
        {versionLine(template)}
        {template.retired ? ' — retired: not offered when writing; notes that used it still name it' : ''}
      </p>
      <ul className="note-template__prompts" aria-label={`Prompts in ${template.name}`}>
        {promptLines(template.body).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <div className="note-template__actions">
        <Button id={itemButtonId(template.id, 'edit')} variant="secondary" onClick={onEdit}>
          Edit{context}
        </Button>
        <Button id={itemButtonId(template.id, 'retire')} variant="secondary" onClick={() => onSetRetired(!template.retired)}>
          {template.retired ? 'Restore' : 'Retire'}
          {context}
        </Button>
      </div>
    </li>
  );
}
