import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { electronMock, fakeSession } from '../../helpers/main/electron-mock';

const printSession = fakeSession();
const fromPartition = vi.fn(() => printSession);
vi.mock('electron', () => ({ ...electronMock, session: { ...electronMock.session, fromPartition } }));
const { createElectronPrinter } = await import('../../../electron/main/pdf-printer');
const { PAGE, printAll } = await import('../../../electron/core/pdf/pdf-printer');

interface Made {
  options: Record<string, unknown>;
  loaded: string[];
  html: string[];
  printed: Record<string, unknown>[];
  destroyed: boolean;
}

/** A BrowserWindow stand-in: records what it was asked, reads the page it loads, and "prints" a fixed PDF. */
function fakeWindows(fail?: Error) {
  const made: Made[] = [];
  electronMock.BrowserWindow.mockImplementation(function (this: Record<string, unknown>, options: Record<string, unknown>) {
    const record: Made = { options, loaded: [], html: [], printed: [], destroyed: false };
    made.push(record);
    this.loadURL = vi.fn(async (url: string) => {
      record.loaded.push(url);
      record.html.push(fs.readFileSync(fileURLToPath(url), 'utf8'));
    });
    this.webContents = {
      printToPDF: vi.fn(async (o: Record<string, unknown>) => {
        record.printed.push(o);
        if (fail) throw fail;
        return Buffer.from('%PDF-1.7 fake');
      }),
    };
    this.isDestroyed = () => record.destroyed;
    this.destroy = () => (record.destroyed = true);
  } as never);
  return made;
}

type Filter = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;
const requestFilter = () => (printSession.webRequest.onBeforeRequest.mock.calls.at(-1) as unknown as [Filter])[0];
const blocks = (url: string) => {
  let cancel: boolean | undefined;
  requestFilter()({ url }, (r) => (cancel = r.cancel));
  return cancel;
};

describe('the desktop PDF printer (Electron printToPDF)', () => {
  it('prints the document in a hidden sandboxed window without JavaScript, A4 with the footer, and closes it', async () => {
    const made = fakeWindows();
    const pdf = await createElectronPrinter()('<!doctype html><p>Mijn reflectie</p>', { footerTemplate: '<div>Pagina</div>' });
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    const [win] = made;
    expect(win!.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false, session: printSession } });
    expect(fromPartition).toHaveBeenCalledWith('leerpad-pdf');
    expect(win!.html).toEqual(['<!doctype html><p>Mijn reflectie</p>']);
    expect(win!.printed).toEqual([
      expect.objectContaining({
        pageSize: { width: PAGE.widthInches, height: PAGE.heightInches },
        margins: PAGE.margins,
        displayHeaderFooter: true,
        footerTemplate: '<div>Pagina</div>',
        printBackground: true,
      }),
    ]);
    expect(win!.destroyed).toBe(true);
    expect(fs.existsSync(fileURLToPath(win!.loaded[0]!))).toBe(false);
  });

  it('lets the print window load its own page and nothing else: no network, no other file', async () => {
    const made = fakeWindows();
    let whilePrinting: (boolean | undefined)[] = [];
    const print = createElectronPrinter();
    electronMock.BrowserWindow.mockImplementationOnce(function (this: Record<string, unknown>, options: Record<string, unknown>) {
      made.push({ options, loaded: [], html: [], printed: [], destroyed: false });
      this.loadURL = async (url: string) => {
        made[0]!.loaded.push(url);
        whilePrinting = [blocks(url), blocks('https://example.com/tracker.png'), blocks('file:///etc/passwd'), blocks('http://127.0.0.1:5179/rpc')];
      };
      this.webContents = { printToPDF: async () => Buffer.from('%PDF') };
      this.isDestroyed = () => false;
      this.destroy = () => undefined;
    } as never);
    await print('<p>x</p>', { footerTemplate: '' });
    // While printing only the page's own file passes; afterwards it is blocked too.
    expect(whilePrinting).toEqual([false, true, true, true]);
    expect(blocks(made[0]!.loaded[0]!)).toBe(true);
    expect(printSession.setPermissionRequestHandler).toHaveBeenCalled();
  });

  it('prints a batch (a session\'s certificates) one document after the other, each in its own window closed after it', async () => {
    const made = fakeWindows();
    const docs = ['Noor', 'Jonas'].map((name) => ({ html: `<p>Attest voor ${name}</p>`, options: { footerTemplate: `<div>${name}</div>` } }));
    const pdfs = await printAll(createElectronPrinter(), docs);
    expect(pdfs.map(String)).toEqual(['%PDF-1.7 fake', '%PDF-1.7 fake']);
    expect(made.map((w) => [w.html, w.printed.map((o) => o.footerTemplate), w.destroyed])).toEqual([
      [['<p>Attest voor Noor</p>'], ['<div>Noor</div>'], true],
      [['<p>Attest voor Jonas</p>'], ['<div>Jonas</div>'], true],
    ]);
  });

  it('closes the window and removes the page also when printing fails', async () => {
    const made = fakeWindows(new Error('printing failed'));
    await expect(createElectronPrinter()('<p>x</p>', { footerTemplate: '' })).rejects.toThrow('printing failed');
    expect(made[0]!.destroyed).toBe(true);
    expect(fs.existsSync(fileURLToPath(made[0]!.loaded[0]!))).toBe(false);
  });
});
