import { useTranslation } from 'react-i18next';
import type { CourseOutline } from '../../../../electron/core/contract';

interface Props {
  outline: CourseOutline;
  selected: string[];
  onChange(ids: string[]): void;
}

export function ModulePicker({ outline, selected, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) =>
    onChange(outline.modules.map((m) => m.id).filter((m) => (m === id ? on : selected.includes(m))));
  return (
    <fieldset className="field module-picker">
      <legend>{t('export.modules', { count: selected.length, total: outline.modules.length })}</legend>
      <div className="actions">
        <button type="button" className="btn btn-ghost" onClick={() => onChange(outline.modules.map((m) => m.id))}>
          {t('export.all')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => onChange([])}>
          {t('export.none')}
        </button>
      </div>
      <ul className="check-list">
        {outline.modules.map((m) => (
          <li key={m.id}>
            <input type="checkbox" id={`pick-${m.id}`} checked={selected.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
            <label htmlFor={`pick-${m.id}`}>
              {m.title}
              {m.questions > 0 ? <span className="muted"> · {t('export.quizQuestions', { count: m.questions })}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
