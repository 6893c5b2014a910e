import { useTranslation } from 'react-i18next';
import type { LearnerSummary } from '../../../../electron/core/contract';
import { TextField } from '../../components/TextField';
import { TRAINING_LIMITS as LIMITS } from '../../../../electron/shared/training-limits';
import { newRowKey, type FormErrors, type ParticipantDraft } from './training-form';

interface Props {
  rows: ParticipantDraft[];
  learners: LearnerSummary[];
  errors: FormErrors['rows'];
  listError?: string;
  onChange(rows: ParticipantDraft[]): void;
}

/** The participants: a name each, and optionally the profile on this computer that gets "gevolgd in sessie". */
export function ParticipantRows({ rows, learners, errors, listError, onChange }: Props) {
  const { t } = useTranslation();
  const set = (key: string, change: Partial<ParticipantDraft>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <fieldset className="field">
      <legend>{t('training.participants')}</legend>
      <span className="help">{t('training.participantsHelp')}</span>
      {rows.length === 0 ? <p className="muted">{t('training.noParticipants')}</p> : null}
      <ol className="participant-list">
        {rows.map((row, i) => {
          const n = i + 1;
          const selectId = `participant-profile-${row.key}`;
          const rowErrors = errors[row.key] ?? {};
          return (
            <li key={row.key} className="participant-row">
              <TextField
                label={t('training.participantName', { n })}
                value={row.name}
                maxLength={LIMITS.participantName}
                error={rowErrors.name}
                autoComplete="off"
                onChange={(e) => set(row.key, { name: e.target.value })}
              />
              <div className="field">
                <label htmlFor={selectId}>{t('training.participantProfile', { n })}</label>
                <select
                  id={selectId}
                  className="select"
                  value={row.learnerId ?? ''}
                  aria-invalid={rowErrors.learnerId ? true : undefined}
                  aria-describedby={rowErrors.learnerId ? `${selectId}-error` : undefined}
                  onChange={(e) => {
                    const learnerId = e.target.value || null;
                    const learner = learners.find((l) => l.id === learnerId);
                    // A profile chosen for an empty row names the participant too.
                    set(row.key, { learnerId, ...(learner && !row.name.trim() ? { name: learner.name } : {}) });
                  }}
                >
                  <option value="">{t('training.noProfile')}</option>
                  {learners.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
                </select>
                {rowErrors.learnerId ? (
                  <span id={`${selectId}-error`} className="error">
                    {rowErrors.learnerId}
                  </span>
                ) : null}
              </div>
              <button type="button" className="btn btn-ghost" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                {t('training.removeParticipant', { n })}
              </button>
            </li>
          );
        })}
      </ol>
      {listError ? <span className="error">{listError}</span> : null}
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={() => onChange([...rows, { key: newRowKey(), name: '', learnerId: null }])} disabled={rows.length >= LIMITS.participants}>
          {t('training.addParticipant')}
        </button>
      </div>
    </fieldset>
  );
}
