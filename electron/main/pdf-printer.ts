import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { PAGE, type PdfPrinter } from '../core/pdf/pdf-printer';
import { hardenSession } from './hardening';

/** An in-memory session of its own (no `persist:`): the print window shares no cookies or cache with the app. */
const PARTITION = 'leerpad-pdf';

/**
 * The desktop's PDF printer: the document in a hidden, sandboxed window without JavaScript, whose session
 * refuses every request but the document's own file, printed by Chromium's printToPDF with the options the
 * web harness's printer uses too (core/pdf/pdf-printer.ts), then closed.
 */
export function createElectronPrinter(): PdfPrinter {
  const allowed = new Set<string>();
  let ready = false;
  const printSession = () => {
    const s = session.fromPartition(PARTITION);
    if (!ready) {
      // Hardened first (no permissions): the app's hook for new web contents then leaves this session's filter in place.
      hardenSession(s);
      s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) }));
      ready = true;
    }
    return s;
  };

  return async (html, options) => {
    // A file, not a data: URL: Chromium caps URL length, and a long portfolio would not fit in one.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-pdf-'));
    const file = path.join(dir, 'portfolio.html');
    fs.writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    allowed.add(url);
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, webSecurity: true, session: printSession(), spellcheck: false },
    });
    try {
      await win.loadURL(url);
      return await win.webContents.printToPDF({
        pageSize: { width: PAGE.widthInches, height: PAGE.heightInches },
        margins: { ...PAGE.margins },
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: options.footerTemplate,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
    } finally {
      allowed.delete(url);
      if (!win.isDestroyed()) win.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
