import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice, errorData } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';

interface Props {
  learner: LearnerSummary;
  /** The learner's own session; another profile is renamed only in lecturer mode (`teacher`). */
  session?: string;
  teacher?: string;
  onDone(renamed: LearnerSummary | null): void;
}

export function RenameForm({ learner, session, teacher, onDone }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(learner.name);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setFieldError(t('form.required'));
      return;
    }
    try {
      onDone(await call('learner/rename', { id: learner.id, name: name.trim(), session, teacher }));
    } catch (err) {
      setError(errorData(err));
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="rename-form">
      <ErrorNotice error={error} />
      <TextField label={t('profiles.renameLabel', { name: learner.name })} value={name} maxLength={40} error={fieldError} onChange={(e) => setName(e.target.value)} autoFocus />
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          {t('profiles.save')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => onDone(null)}>
          {t('profiles.cancel')}
        </button>
      </div>
    </form>
  );
}
