/**
 * The PdfPrinter the tests, the test host and the bench use: the same Chromium engine Electron's
 * printToPDF uses, driven through Playwright with the same options main/app passes (A4, backgrounds,
 * header and footer templates on every page, tagged PDF where the engine allows).
 * Each print runs in a fresh page with JavaScript off and no network, as a document from data should.
 */
import { chromium, type Browser } from '@playwright/test';
import { PDF_MARGINS_MM, type PdfPrinter, type PrintablePage } from '../../main/export/ports';

/** Debian's Chromium: the one browser the tests, the test host and the bench use (never a download). */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const mm = (value: number) => `${value}mm`;
const MARGINS = {
  top: mm(PDF_MARGINS_MM.top),
  bottom: mm(PDF_MARGINS_MM.bottom),
  left: mm(PDF_MARGINS_MM.left),
  right: mm(PDF_MARGINS_MM.right),
};

export function printerFor(browser: Browser): PdfPrinter {
  return {
    async print(page: PrintablePage): Promise<Buffer> {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const tab = await context.newPage();
        // Self-contained HTML (no scripts, no resources): the DOM is all there is to wait for.
        await tab.setContent(page.html, { waitUntil: 'domcontentloaded' });
        return await tab.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: page.headerTemplate,
          footerTemplate: page.footerTemplate,
          margin: MARGINS,
          tagged: true,
          outline: true,
        });
      } finally {
        await context.close();
      }
    },
  };
}

/** Launches Debian's Chromium (never a downloaded browser). Close it when done. */
export async function launchPrinterBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
}
