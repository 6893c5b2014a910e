import { useCallback, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageSummary } from '../../../../electron/core/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ConflictDialog } from './ConflictDialog';
import { ImportStatus } from './ImportStatus';
import { PackageCard } from './PackageCard';
import { RemoveDialog } from './RemoveDialog';
import { usePackageImport } from './use-package-import';
import { usePackages } from './use-packages';
import './packages.css';

interface Props {
  session?: string;
  teacher?: string;
  /** A teacher PIN is set and lecturer mode is closed: removing asks to open it first. */
  removeLocked: boolean;
}

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

/**
 * "Pakketten van anderen" on the Library: the imported SCORM packages, with import by the button
 * (the keyboard's way) or by dropping a zip anywhere on the shelf.
 */
export function PackageShelf({ session, teacher, removeLocked }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { packages, error, reload } = usePackages(session);
  const onImported = useCallback(() => reload(), [reload]);
  const importer = usePackageImport(onImported);
  const [dragging, setDragging] = useState(false);
  const [removing, setRemoving] = useState<PackageSummary | null>(null);
  const [removed, setRemoved] = useState<PackageSummary | null>(null);
  const busy = importer.state.step === 'busy';

  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) importer.start(file);
  };

  return (
    <section
      aria-labelledby={titleId}
      className={`package-shelf ${dragging ? 'is-dragging' : ''}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h2 id={titleId}>{t('packages.title')}</h2>
      <p className="muted">{t('packages.intro')}</p>
      <div className="drop-zone">
        <p>{dragging ? t('packages.dropNow') : t('packages.dropHere')}</p>
        <input
          ref={input}
          type="file"
          accept=".zip,application/zip"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) importer.start(file);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => input.current?.click()}>
          {t('packages.import')}
        </button>
      </div>
      <ImportStatus state={importer.state} onFromFolder={importer.fromFolder} />
      {removed ? (
        <p className="notice notice-success" role="status">
          {t('packages.removed', { title: removed.title })}
        </p>
      ) : null}
      <ErrorNotice error={error} />
      {packages?.length === 0 ? <p>{t('packages.empty')}</p> : null}
      <div className="course-grid">
        {packages?.map((p) => <PackageCard key={p.id} pkg={p} onRemove={setRemoving} />)}
      </div>
      <ConflictDialog existing={importer.state.step === 'conflict' ? importer.state.existing : null} onAnswer={importer.answerConflict} />
      <RemoveDialog
        pkg={removing}
        teacher={teacher}
        locked={removeLocked}
        onDone={(p) => {
          setRemoving(null);
          setRemoved(p);
          if (p) reload();
        }}
      />
    </section>
  );
}
