/**
 * The builder: the drafted pack, per child, every text editable; "Mark as third party" (button or
 * Ctrl/Cmd+Shift+M) on selected words; Save pack; Export. Leaving with unsaved edits saves them first.
 */
import { useState } from 'react';
import { CONFERENCE_TYPE_LABELS } from '../../../preload/contract/pack-options';
import type { AppErrorBody } from '../../api';
import { formatDateTime } from '../../lib/dates';
import { modifierLabel } from '../../lib/platform';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import type { FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageHeading } from '../../ui/PageHeading';
import { useStatus } from '../../ui/useStatus';
import { ChildEditor } from './ChildEditor';
import { ExportDialog } from './ExportDialog';
import { fieldIdOfErrorPath } from './pack-fields';
import { periodText } from './pack-text';
import { useMarkThirdParty } from './useMarkThirdParty';
import { usePackEditor } from './usePackEditor';

interface PackBuilderProps {
  packId: string;
  onBack: () => void;
}

function errorsFrom(error: AppErrorBody): FormError[] {
  const fieldId = fieldIdOfErrorPath(error.field);
  return [fieldId ? { message: error.message, fieldId } : { message: error.message }];
}

export function PackBuilder({ packId, onBack }: PackBuilderProps) {
  const editor = usePackEditor(packId);
  const { status, announce } = useStatus();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saving, setSaving] = useState(false);
  const [exporting, setExporting] = useState(false);
  const marker = useMarkThirdParty(editor.setField, announce);

  const save = async (): Promise<boolean> => {
    if (saving) return false;
    setSaving(true);
    const outcome = await editor.save();
    setSaving(false);
    if (!outcome.ok) {
      setErrors(errorsFrom(outcome.error));
      return false;
    }
    setErrors([]);
    announce('Pack saved');
    return true;
  };

  const back = async () => {
    if (editor.dirty && !(await save())) return;
    onBack();
  };

  const backLink = (
    <Button variant="link" className="back-link" onClick={() => void back()}>
      Back to conference packs
    </Button>
  );
  if (editor.loadError) {
    return (
      <>
        {backLink}
        <ErrorSummary errors={[{ message: editor.loadError }]} moveFocus={false} />
      </>
    );
  }
  const pack = editor.pack;
  if (!pack) return <p className="body muted">Opening the pack…</p>;

  return (
    <>
      <div className="pack-builder" onKeyDown={marker.onKeyDown} onFocus={marker.onFocusCapture}>
        {backLink}
        <PageHeading documentTitle="Conference pack" caption={CONFERENCE_TYPE_LABELS[pack.conferenceType]}>
          Conference pack
        </PageHeading>
        <p className="body">
          {periodText(pack.from, pack.to)}. By {pack.author}.{' '}
          <span className="muted">{editor.dirty ? 'Unsaved changes.' : `Last saved ${formatDateTime(pack.updatedAt)}.`}</span>
        </p>
        <div className="pack-toolbar">
          <Button
            variant="secondary"
            aria-keyshortcuts="Control+Shift+M Meta+Shift+M"
            // Keeps the selection (and focus) in the field being marked when the button is clicked.
            onMouseDown={(event) => event.preventDefault()}
            onClick={marker.mark}
          >
            Mark as third party
          </Button>
          <Button unavailable={saving} onClick={() => void save()}>
            Save pack
          </Button>
          <Button variant="secondary" onClick={() => setExporting(true)}>
            Export pack
          </Button>
        </div>
        <p className="field__hint pack-toolbar__hint">
          Select words about someone other than the child and family, then Mark as third party ({modifierLabel}+Shift+M). They
          show between {'{{'} and {'}}'}; an export for the family removes them. Edits here change this pack only, never the notes.
        </p>
        <LiveStatus status={status} tone="success" className="status--inline" />
        <ErrorSummary errors={errors} />
        {editor.children.map((child, index) => (
          <ChildEditor key={child.caseId} child={child} index={index} errors={errors} setField={editor.setField} updateChild={editor.updateChild} />
        ))}
      </div>
      {exporting ? <ExportDialog packId={pack.id} saveFirst={async () => !editor.dirty || (await save())} onClose={() => setExporting(false)} /> : null}
    </>
  );
}
