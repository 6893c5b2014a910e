import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ImportResult, PackageSummary } from '../../../../electron/core/contract/library';
import { rawZip, type RawEntry } from '../scorm/raw-zip';

export const enc = (s: string) => new TextEncoder().encode(s);

/** A fresh work folder with an empty `library/` in it per test, removed afterwards. */
export function useLibraryDirs(prefix = 'leerpad-library-'): { work: string; lib: string; zip(name: string, entries: RawEntry[]): string } {
  const dirs = {
    work: '',
    lib: '',
    zip(name: string, entries: RawEntry[]): string {
      const file = path.join(dirs.work, name);
      fs.writeFileSync(file, rawZip(entries));
      return file;
    },
  };
  beforeEach(() => {
    dirs.work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.lib = path.join(dirs.work, 'library');
    fs.mkdirSync(dirs.lib);
  });
  afterEach(() => fs.rmSync(dirs.work, { recursive: true, force: true }));
  return dirs;
}

/** The imported package of a result; fails the test on a conflict. */
export function imported(result: ImportResult): PackageSummary {
  if (!('imported' in result)) throw new Error(`expected an import, got a conflict with ${result.conflict.id}`);
  return result.imported;
}

/** A minimal SCORM 1.2 manifest with the given identifier, title and items over resources R1 (a.html) and R2 (b.html). */
export function manifest12({ identifier = 'M1', title = 'Multi SCO course', items = '' } = {}): string {
  return `<?xml version="1.0"?>
<manifest ${identifier ? `identifier="${identifier}" ` : ''}version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
<organizations default="O"><organization identifier="O"><title>${title}</title>${items}</organization></organizations>
<resources><resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="a.html"><file href="a.html"/></resource>
<resource identifier="R2" type="webcontent" adlcp:scormtype="sco" href="b.html"><file href="b.html"/></resource></resources>
</manifest>`;
}
