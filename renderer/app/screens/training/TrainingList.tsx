import { useTranslation } from 'react-i18next';
import { TrainingError } from './TrainingError';
import { href } from '../../router';
import { useDateFormat } from '../dashboard/dates';
import { useTrainingCall } from './use-training-call';
import './training.css';

/** `#/trainings`: the sessions on this computer, newest first as core lists them. */
export function TrainingList({ teacher }: { teacher: string | undefined }) {
  const { t } = useTranslation();
  const { dayLong } = useDateFormat();
  const { data: list, error } = useTrainingCall('training/list', { teacher });
  return (
    <section aria-labelledby="trainings-title" className="stack">
      <p>
        <a href={href({ name: 'lecturer' })}>← {t('training.toLecturer')}</a>
      </p>
      <div className="page-heading">
        <h1 id="trainings-title">{t('training.listTitle')}</h1>
        <a className="btn btn-primary" href={href({ name: 'training-new' })}>
          {t('training.new')}
        </a>
      </div>
      <p className="lead">{t('training.listIntro')}</p>
      <TrainingError error={error} />
      {!list && !error ? <p role="status">{t('app.loading')}</p> : null}
      {list && list.length === 0 ? <p>{t('training.empty')}</p> : null}
      {list && list.length > 0 ? (
        <table className="table training-table">
          <thead>
            <tr>
              <th scope="col">{t('training.colTitle')}</th>
              <th scope="col">{t('training.colDate')}</th>
              <th scope="col">{t('training.colPlace')}</th>
              <th scope="col">{t('training.colPresent')}</th>
              <th scope="col">{t('training.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={href({ name: 'training', trainingId: s.id })}>{s.title}</a>
                </td>
                <td>{dayLong(s.date)}</td>
                <td>{s.place}</td>
                <td>{t('training.presentOf', { present: s.participantsPresent, total: s.participantsTotal })}</td>
                <td>{t(`training.status_${s.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
