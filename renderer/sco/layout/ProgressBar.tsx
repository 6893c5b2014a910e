import { useId } from 'react';
import { t } from '../i18n';

export function ProgressBar({ seen, total }: { seen: number; total: number }) {
  const id = useId();
  const text = t('progress.text', { seen, total });
  const percent = total > 0 ? Math.round((100 * seen) / total) : 0;
  return (
    <div className="progress">
      <span id={id} className="progress-label">
        {t('progress.label')}: {text}
      </span>
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={seen}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
