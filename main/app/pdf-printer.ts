/**
 * Prints export documents with Electron's printToPDF. Each document is served from memory to a hidden
 * window on its own in-memory session (nothing written to disk, no cache), with JavaScript off, the
 * same request guard as the app (nothing remote), and closed as soon as the PDF is made.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session } from 'electron';
import { PDF_MARGINS_MM, type PdfPrinter, type PrintablePage } from '../export/ports';
import { APP_ORIGIN, APP_SCHEME } from './app-origin';
import { hardenSession } from './navigation-guard';

const PRINT_PARTITION = 'casework-print';
const inches = (mm: number) => mm / 25.4;

export function createElectronPdfPrinter(): PdfPrinter {
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  hardenSession(printSession, { allowDevTools: false });
  const pages = new Map<string, string>();
  printSession.protocol.handle(APP_SCHEME, (request) => {
    const html = pages.get(new URL(request.url).pathname);
    if (html === undefined) return new Response(null, { status: 404 });
    return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  });

  return {
    async print(page: PrintablePage): Promise<Buffer> {
      const pathname = `/print/${randomUUID()}`;
      pages.set(pathname, page.html);
      const window = new BrowserWindow({
        show: false,
        webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
      });
      try {
        await window.loadURL(`${APP_ORIGIN}${pathname}`);
        return await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: page.headerTemplate,
          footerTemplate: page.footerTemplate,
          margins: {
            top: inches(PDF_MARGINS_MM.top),
            bottom: inches(PDF_MARGINS_MM.bottom),
            left: inches(PDF_MARGINS_MM.left),
            right: inches(PDF_MARGINS_MM.right),
          },
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        });
      } finally {
        pages.delete(pathname);
        window.destroy();
      }
    },
  };
}
