import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronMock } from '../../helpers/main/electron-mock';

vi.mock('electron', () => electronMock);
const { desktopHandlers } = await import('../../../electron/main/shell-handlers');

describe('desktop handlers', () => {
  const exportsDir = path.resolve('/data/Leerpad/exports');
  const show = desktopHandlers(exportsDir)['app/show-item'];

  it('reveals an exported package in the file manager', () => {
    expect(show({ path: path.join(exportsDir, 'kkgk-1.0.0-scorm12.zip') }, { transport: 'ipc' })).toEqual({ shown: true });
    expect(electronMock.shell.showItemInFolder).toHaveBeenCalledWith(path.join(exportsDir, 'kkgk-1.0.0-scorm12.zip'));
  });

  it('refuses any path outside the exports folder', () => {
    electronMock.shell.showItemInFolder.mockClear();
    for (const p of ['/etc/passwd', path.join(exportsDir, '..', 'leerpad.sqlite'), exportsDir]) {
      expect(show({ path: p }, { transport: 'ipc' })).toEqual({ shown: false });
    }
    expect(electronMock.shell.showItemInFolder).not.toHaveBeenCalled();
  });
});
