/**
 * Exports a saved pack: the documents are built in main from the stored pack (redacted first for a
 * family), written where the practitioner chooses (an encrypted archive unless they turned encryption
 * off for this export), then recorded in the export register with the SHA-256 of every file. A
 * declined destination writes and records nothing (CANCELLED).
 */
import { v7 as uuidv7 } from 'uuid';
import type { Audience, ExportFormat, ExportResult } from '../../preload/contract';
import { buildExportFiles, suggestedExportName } from '../export/build-export';
import { exportPaths, recordOrTakeBack, registerFiles, writeExport } from '../export/write-export';
import { exportContext } from '../export/export-context';
import type { CoreContext } from '../ipc/core-context';
import { AppError } from '../shared/app-error';

export interface ExportRequest {
  packId: string;
  formats: readonly ExportFormat[];
  audience: Audience;
  recipient: string;
  purpose: string;
  encrypt: boolean;
}

const unavailable = () => new AppError('UNAVAILABLE', 'Export is not available in this window.');


export async function exportPack(ctx: Pick<CoreContext, 'session' | 'pdfPrinter' | 'exportDestination'>, request: ExportRequest): Promise<ExportResult> {
  const repos = ctx.session.repositories();
  const pack = repos.packs.get(request.packId);
  const destination = ctx.exportDestination;
  const printer = ctx.pdfPrinter;
  if (!destination || !printer) throw unavailable();

  // The store's references name the files and head every page (the children's names where none is recorded).
  const caseReferences = new Map(pack.children.map((c) => [c.caseId, repos.packs.sources.caseFacts(c.caseId)?.caseReference ?? null]));
  const producedAt = ctx.session.now();
  // The audit chain's newest hash goes into every file's metadata: the export can later be tied to this log.
  const exportCtx = exportContext(pack, { audience: request.audience, producedAt, caseReferences, auditHead: repos.audit.headHash() });
  const files = await buildExportFiles(pack, { formats: request.formats, audience: request.audience, ctx: exportCtx, printer });
  const written = await writeExport(files, { encrypt: request.encrypt, destination, suggestedName: suggestedExportName(exportCtx) });

  const exportId = uuidv7();
  const registered = registerFiles(written);
  // The store may have locked, or its disk filled, while the files were written: then they are taken back.
  await recordOrTakeBack(exportPaths(written), () => {
    const after = ctx.session.repositories();
    after.atomically(() => {
      after.exports.record({
        id: exportId,
        createdAt: producedAt.toISOString(),
        author: pack.author,
        packId: pack.id,
        conferenceType: pack.conferenceType,
        from: pack.from,
        to: pack.to,
        formats: request.formats,
        audience: request.audience,
        recipient: request.recipient,
        purpose: request.purpose,
        encrypted: request.encrypt,
        files: registered,
        children: pack.children.map((c) => ({ caseId: c.caseId, childName: c.childName })),
      });
      after.audit.record({
        action: 'export',
        cases: pack.children.map((c) => c.caseId),
        detail: {
          exportId,
          kind: 'pack',
          formats: [...request.formats],
          audience: request.audience,
          encrypted: request.encrypt,
          files: registered.map((f) => ({ name: f.name, sha256: f.sha256 })),
        },
      });
    });
  });
  return { exportId, location: written.location, files: written.files, archive: written.archive, passphrase: written.passphrase };
}
