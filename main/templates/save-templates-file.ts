/**
 * "Save templates to a file": the team's templates written as YAML where the practitioner chooses (the
 * native save dialog; the renderer never names a path), owner-only and whole or not at all, like every
 * export. Recorded in the audit log with the file's SHA-256. Templates hold no case data, but what
 * leaves the store is still accounted for.
 */
import path from 'node:path';
import { TEMPLATE_FILE_NAME } from '../../preload/contract/template-options';
import { formatProduced } from '../export/export-context';
import type { CoreContext } from '../ipc/core-context';
import { sha256Hex } from '../export/sha256';
import { recordOrTakeBack, writeOrExplain } from '../export/write-export';
import { AppError } from '../shared/app-error';
import { templatesToFile } from './template-file';

export async function saveTemplatesFile(ctx: Pick<CoreContext, 'session' | 'exportDestination'>): Promise<{ fileName: string }> {
  const destination = ctx.exportDestination;
  if (!destination) throw new AppError('UNAVAILABLE', 'Saving files is not available in this window.');
  const text = templatesToFile(ctx.session.repositories().templates.list(), formatProduced(ctx.session.now()));
  const target = await destination.choose({ name: TEMPLATE_FILE_NAME, kind: 'templates' });
  if (!target) throw new AppError('CANCELLED', 'Not saved: no file was written.');
  const bytes = new TextEncoder().encode(text);
  await writeOrExplain(target, bytes);
  const fileName = path.basename(target);
  // The store may have locked, or its disk filled, while the dialog was open: then the file is taken back.
  await recordOrTakeBack([target], () =>
    ctx.session.repositories().audit.record({
      action: 'export',
      detail: { kind: 'note-templates', formats: ['yaml'], files: [{ name: fileName, sha256: sha256Hex(bytes) }] },
    }),
  );
  return { fileName };
}
