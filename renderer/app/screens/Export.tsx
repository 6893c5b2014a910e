import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, CourseOutline, CourseSummary, ExportResult, Packaging, ReflectionMode, ScormEdition, TargetLms } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from '../components/ErrorNotice';
import { lecturerError } from '../lecturer-mode';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ExportSummary } from './export/ExportSummary';
import { ModulePicker } from './export/ModulePicker';
import { PackagingChoice } from './export/PackagingChoice';
import { usePackagingAdvice, type GivenAdvice } from './export/usePackagingAdvice';

/** The lecturer's own choice while the advice still offers it; otherwise what core recommends. */
function packagingFor(given: GivenAdvice | null, chosen: Packaging | null): Packaging | undefined {
  if (!given) return undefined;
  const offered = given.advice.options.some((o) => o.packaging === chosen && o.available);
  return offered && chosen ? chosen : given.advice.recommended;
}

/**
 * For lecturers: turn a course (or some modules) into a SCORM package for Moodle or Canvas.
 * `teacher` is lecturer mode's token; core requires it once a teacher PIN is set.
 */
export function Export({ teacher }: { teacher?: string }) {
  const { t, i18n } = useTranslation();
  const [courses, setCourses] = useState<CourseSummary[]>([]);
  const [courseId, setCourseId] = useState('');
  const [outline, setOutline] = useState<CourseOutline | null>(null);
  const [modules, setModules] = useState<string[]>([]);
  const [edition, setEdition] = useState<ScormEdition>('scorm12');
  const [lms, setLms] = useState<TargetLms>('moodle');
  const [reflections, setReflections] = useState<ReflectionMode>('private');
  const [chosenPackaging, setChosenPackaging] = useState<Packaging | null>(null);
  const [mastery, setMastery] = useState('');
  const [masteryError, setMasteryError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    call('course/list', {}).then(
      (list) => {
        const ok = list.filter((c) => c.status === 'ok');
        setCourses(ok);
        if (ok[0]) setCourseId(ok[0].id);
      },
      (e: unknown) => setError(errorData(e)),
    );
  }, []);

  useEffect(() => {
    if (!courseId) return;
    let live = true;
    call('course/get', { courseId }).then(
      (c) => {
        if (!live) return;
        setOutline(c);
        setModules(c.modules.map((m) => m.id));
      },
      (e: unknown) => live && setError(errorData(e)),
    );
    return () => {
      live = false;
    };
  }, [courseId]);

  const allModules = !!outline && modules.length === outline.modules.length;
  const target = courseId && modules.length > 0 ? { courseId, edition, lms, reflections, modules: allModules ? undefined : modules } : null;
  const given = usePackagingAdvice(target);
  const packaging = packagingFor(given, chosenPackaging);
  // Advice for an older setup may offer what this one cannot: then core picks, as it recommends.
  const fresh = !!given && JSON.stringify(given.target) === JSON.stringify(target);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = mastery.trim() === '' ? undefined : Number(mastery);
    if (m !== undefined && (!Number.isInteger(m) || m < 0 || m > 100)) {
      setMasteryError(t('export.masteryInvalid'));
      return;
    }
    setMasteryError(null);
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      // The upload guide comes in the UI's language.
      const language = i18n.language === 'en' ? 'en' : 'nl-BE';
      setResult(await call('scorm/export', { courseId, edition, lms, reflections, mastery: m, modules: allModules ? undefined : modules, packaging: fresh ? packaging : undefined, language, teacher }));
    } catch (err) {
      setError(lecturerError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-title" className="stack export">
      <h1 id="export-title">{t('export.title')}</h1>
      <p className="lead">{t('export.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="card stack">
        <div className="field">
          <label htmlFor="export-course">{t('export.course')}</label>
          <select id="export-course" className="select" value={courseId} onChange={(e) => setCourseId(e.target.value)}>
            {courses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        {outline ? <ModulePicker outline={outline} selected={modules} onChange={setModules} /> : null}
        <ChoiceGroup<ScormEdition>
          legend={t('export.edition')}
          value={edition}
          onChange={setEdition}
          options={[
            { value: 'scorm12', label: t('export.scorm12'), help: t('export.scorm12Help') },
            { value: 'scorm2004', label: t('export.scorm2004'), help: t('export.scorm2004Help') },
          ]}
        />
        <ChoiceGroup<TargetLms>
          legend={t('export.lms')}
          value={lms}
          onChange={setLms}
          options={[
            { value: 'moodle', label: 'Moodle' },
            { value: 'canvas', label: 'Canvas' },
            { value: 'generic', label: t('export.otherLms') },
          ]}
        />
        <ChoiceGroup<ReflectionMode>
          legend={t('export.reflections')}
          value={reflections}
          onChange={setReflections}
          options={[
            { value: 'private', label: t('export.private'), help: t('export.privateHelp') },
            { value: 'lms', label: t('export.toLms'), help: edition === 'scorm12' ? t('export.toLmsHelp12') : t('export.toLmsHelp2004') },
          ]}
        />
        {given && packaging ? (
          <PackagingChoice advice={given.advice} lms={given.target.lms} edition={given.target.edition} value={packaging} onChange={setChosenPackaging} />
        ) : null}
        <div className="field">
          <label htmlFor="export-mastery">{t('export.mastery')}</label>
          <span id="export-mastery-help" className="help">
            {t('export.masteryHelp')}
          </span>
          <input
            id="export-mastery"
            className="input narrow-input"
            inputMode="numeric"
            value={mastery}
            aria-describedby={`export-mastery-help${masteryError ? ' export-mastery-error' : ''}`}
            aria-invalid={masteryError ? true : undefined}
            onChange={(e) => setMastery(e.target.value.replace(/[^\d]/g, '').slice(0, 3))}
          />
          {masteryError ? (
            <span id="export-mastery-error" className="error">
              {masteryError}
            </span>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy || modules.length === 0}>
            {t('export.submit')}
          </button>
          {modules.length === 0 ? <span className="muted">{t('export.noModules')}</span> : null}
        </div>
        {busy ? (
          <div role="status" className="export-progress">
            <progress aria-label={t('export.working')} />
            <span>{t('export.working')}</span>
          </div>
        ) : null}
      </form>
      <ErrorNotice error={error} />
      {result ? <ExportSummary result={result} /> : null}
    </section>
  );
}
