/**
 * What export needs from its surroundings, injected into the core: Electron provides them in the app
 * (main/app), the test host and the tests provide the same behaviour with Chromium through Playwright.
 * Nothing here imports electron.
 */

/** A page of HTML printed to an A4 PDF by Chromium, with the marking in every page's header and footer. */
export interface PrintablePage {
  html: string;
  /** Chromium header/footer templates: may use <span class="pageNumber"> and <span class="totalPages">. */
  headerTemplate: string;
  footerTemplate: string;
}

/** A4 margins in millimetres: room for the marking in the header and footer. Both printers use them. */
export const PDF_MARGINS_MM = { top: 22, bottom: 22, left: 18, right: 18 } as const;

export interface PdfPrinter {
  print(page: PrintablePage): Promise<Buffer>;
}

export interface ExportDestination {
  /**
   * Asks the practitioner where to write: a file path for an encrypted archive or the team's templates
   * file, or a folder for separate files (created if it does not exist yet). Null: they cancelled, and
   * nothing is written.
   */
  choose(suggestion: { name: string; kind: 'archive' | 'folder' | 'templates' }): Promise<string | null>;
}
