/**
 * Export: which formats, who it is for (a family's copy has third-party information removed), the
 * recipient and purpose (kept in the export register), and encryption — on unless the practitioner
 * turns it off for this one export and confirms they understand. Main builds and writes the files.
 */
import { useId, useState, type FormEvent } from 'react';
import { AUDIENCE_LABELS, AUDIENCES, EXPORT_FORMAT_LABELS, EXPORT_FORMATS, type Audience, type ExportFormat } from '../../../preload/contract/pack-options';
import type { ExportResult } from '../../../preload/contract/packs';
import { call } from '../../api';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor, formErrorsFromApi, type FormError } from '../../ui/form-errors';
import { LiveStatus } from '../../ui/LiveStatus';
import { Modal } from '../../ui/Modal';
import { TextField } from '../../ui/TextField';
import { useStatus } from '../../ui/useStatus';
import { keepEscapeInside, submitOnEnter } from '../../ui/form-keys';
import { ChoiceGroup } from './ChoiceGroup';
import { ExportResultView } from './ExportResultView';

interface ExportDialogProps {
  packId: string;
  /** Saves the builder's edits first (true when there was nothing to save or it saved). */
  saveFirst: () => Promise<boolean>;
  onClose: () => void;
}

const IDS = {
  formats: 'export-format',
  audience: 'export-audience',
  recipient: 'export-recipient',
  purpose: 'export-purpose',
  encrypt: 'export-encrypt',
  confirm: 'export-unencrypted-confirm',
} as const;

interface Choices {
  formats: ExportFormat[];
  audience: Audience | null;
  recipient: string;
  purpose: string;
  encrypt: boolean;
  confirmed: boolean;
}

function problems(c: Choices): FormError[] {
  const found: FormError[] = [];
  if (c.formats.length === 0) found.push({ fieldId: `${IDS.formats}-pdf`, message: 'Choose at least one format' });
  if (!c.audience) found.push({ fieldId: `${IDS.audience}-family`, message: 'Choose who the pack is for' });
  if (c.recipient.trim() === '') found.push({ fieldId: IDS.recipient, message: 'Enter who it is for' });
  if (c.purpose.trim() === '') found.push({ fieldId: IDS.purpose, message: 'Enter the purpose of this export' });
  if (!c.encrypt && !c.confirmed) found.push({ fieldId: IDS.confirm, message: 'Confirm that you understand these files will not be encrypted, or turn encryption back on' });
  return found;
}

export function ExportDialog({ packId, saveFirst, onClose }: ExportDialogProps) {
  const titleId = useId();
  const [choices, setChoices] = useState<Choices>({ formats: [...EXPORT_FORMATS], audience: null, recipient: '', purpose: '', encrypt: true, confirmed: false });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const { status, announce, clear } = useStatus();
  const set = <K extends keyof Choices>(key: K, value: Choices[K]) => setChoices((c) => ({ ...c, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = problems(choices);
    setErrors(found);
    if (found.length > 0 || !choices.audience) return;
    setBusy(true);
    announce('Saving the pack and building the documents…');
    const saved = await saveFirst();
    if (!saved) {
      setBusy(false);
      clear();
      setErrors([{ message: 'The pack could not be saved, so nothing was exported. Close this and check the pack.' }]);
      return;
    }
    const answer = await call('exportPack', {
      packId,
      formats: EXPORT_FORMATS.filter((f) => choices.formats.includes(f)),
      audience: choices.audience,
      recipient: choices.recipient,
      purpose: choices.purpose,
      encrypt: choices.encrypt,
    });
    setBusy(false);
    clear();
    if (answer.ok) setResult(answer.value);
    else if (answer.error.code === 'CANCELLED') announce(answer.error.message);
    else setErrors(formErrorsFromApi(answer.error, { recipient: IDS.recipient, purpose: IDS.purpose, formats: `${IDS.formats}-pdf`, audience: `${IDS.audience}-family` }));
  };

  const toggleFormat = (format: ExportFormat, on: boolean) =>
    set('formats', on ? [...choices.formats, format] : choices.formats.filter((f) => f !== format));

  return (
    <div onKeyDown={keepEscapeInside}>
      <Modal labelledBy={titleId} onEscape={onClose} className="pack-export">
        {result ? (
          <ExportResultView titleId={titleId} result={result} onClose={onClose} />
        ) : (
          <>
            <h2 id={titleId} className="modal__title">
              Export the pack
            </h2>
            <p className="modal__intro">Every export is recorded in the case's export register, with who it is for and why.</p>
            <ErrorSummary errors={errors} />
            <form noValidate onSubmit={(event) => void submit(event)} onKeyDown={submitOnEnter}>
              <ChoiceGroup
                type="checkbox"
                id={IDS.formats}
                legend="Formats"
                options={EXPORT_FORMATS.map((f) => ({ value: f, label: EXPORT_FORMAT_LABELS[f], checked: choices.formats.includes(f) }))}
                onChange={(value, on) => toggleFormat(value as ExportFormat, on)}
                error={errorFor(errors, `${IDS.formats}-pdf`)}
              />
              <ChoiceGroup
                type="radio"
                id={IDS.audience}
                legend="Who is this for?"
                options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a], checked: choices.audience === a }))}
                onChange={(value) => set('audience', value as Audience)}
                error={errorFor(errors, `${IDS.audience}-family`)}
              />
              <TextField id={IDS.recipient} label="Recipient" hint="Who will receive it, e.g. “Priya Jones (mother)”" value={choices.recipient} onChange={(v) => set('recipient', v)} error={errorFor(errors, IDS.recipient)} required />
              <TextField id={IDS.purpose} label="Purpose" hint="Why it is shared, e.g. “Report to parents before the review conference”" value={choices.purpose} onChange={(v) => set('purpose', v)} error={errorFor(errors, IDS.purpose)} width="full" required />
              <Checkbox id={IDS.encrypt} label="Encrypt (recommended)" checked={choices.encrypt} onChange={(on) => setChoices((c) => ({ ...c, encrypt: on, confirmed: false }))} />
              {choices.encrypt ? null : (
                <div className="pack-export__warning">
                  <p className="body">Without encryption, anyone who gets hold of the files can read them.</p>
                  <Checkbox id={IDS.confirm} label="I understand these files will not be encrypted" checked={choices.confirmed} onChange={(on) => set('confirmed', on)} error={errorFor(errors, IDS.confirm)} />
                </div>
              )}
              <LiveStatus status={status} tone={busy ? 'busy' : 'info'} />
              <div className="button-group">
                <Button type="submit" unavailable={busy}>
                  Export
                </Button>
                <Button variant="secondary" onClick={onClose}>
                  Cancel
                </Button>
              </div>
            </form>
          </>
        )}
      </Modal>
    </div>
  );
}
