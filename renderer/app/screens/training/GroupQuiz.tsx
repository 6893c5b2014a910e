import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TrainingQuestion } from '../../../../electron/core/contract';
import { TallyControl } from './TallyControl';
import type { TallyBook } from './tally-book';

interface Props {
  item: TrainingQuestion;
  moduleId: string;
  lang: string | undefined;
  revealed: boolean;
  onReveal(shown: boolean): void;
  tallies: TallyBook;
  /** The session is closed: its counts are shown, no longer changed. */
  closed: boolean;
}

/** The words for a tally that counts no option of its own (TrainingQuestion.tallyOptionIds). */
function tallyLabel(t: TFunction, id: string): string {
  switch (id) {
    case 'true':
      return t('training.answerTrue');
    case 'false':
      return t('training.answerFalse');
    case 'correct':
      return t('training.tallyCorrect');
    case 'incorrect':
      return t('training.tallyIncorrect');
    default:
      return t('training.option', { id });
  }
}

const byText = <T extends { text: string }>(list: readonly T[]) => [...list].sort((a, b) => a.text.localeCompare(b.text));

/**
 * A quiz question for the whole room: the options with a count the trainer keeps, the answer and its feedback
 * only after "Toon antwoord". Matching and ordering are shown mixed (alphabetically), counted as right or wrong.
 */
export function GroupQuiz({ item, moduleId, lang, revealed, onReveal, tallies, closed }: Props) {
  const { t } = useTranslation();
  const q = item.question;
  const tally = (optionId: string, label: string) => <TallyControl tallies={tallies} moduleId={moduleId} questionId={q.id} optionId={optionId} label={label} fixed={closed} />;
  const answerId = `answer-${q.id}`;

  let body: React.ReactNode;
  switch (q.type) {
    case 'single':
    case 'multiple':
      body = (
        <ul className="quiz-options">
          {q.options.map((o) => (
            <li key={o.id} className={revealed && o.correct ? 'quiz-option is-correct' : 'quiz-option'}>
              <span className="choice-letter" aria-hidden="true">
                {o.id}
              </span>
              <div className="quiz-option-text">
                <div lang={lang} dangerouslySetInnerHTML={{ __html: o.html }} />
                {revealed && o.correct ? <p className="best-mark">{t('training.correctOption')}</p> : null}
                {revealed && o.feedbackHtml ? <div className="quiz-feedback" lang={lang} dangerouslySetInnerHTML={{ __html: o.feedbackHtml }} /> : null}
              </div>
              {tally(o.id, t('training.option', { id: o.id }))}
            </li>
          ))}
        </ul>
      );
      break;
    case 'truefalse':
      body = (
        <ul className="quiz-options">
          {item.tallyOptionIds.map((v) => {
            const label = tallyLabel(t, v);
            const correct = v === String(q.answer);
            return (
              <li key={v} className={revealed && correct ? 'quiz-option is-correct' : 'quiz-option'}>
                <div className="quiz-option-text">
                  <p>{label}</p>
                  {revealed && correct ? <p className="best-mark">{t('training.correctOption')}</p> : null}
                </div>
                {tally(v, label)}
              </li>
            );
          })}
        </ul>
      );
      break;
    case 'matching':
      body = (
        <>
          <p>{t('training.matchingIntro')}</p>
          <div className="quiz-columns" lang={lang}>
            <ul>{byText(q.pairs.map((p) => ({ id: p.id, text: p.left }))).map((p) => <li key={p.id}>{p.text}</li>)}</ul>
            <ul>{byText(q.pairs.map((p) => ({ id: p.id, text: p.right }))).map((p) => <li key={p.id}>{p.text}</li>)}</ul>
          </div>
        </>
      );
      break;
    case 'ordering':
      body = (
        <>
          <p>{t('training.orderingIntro')}</p>
          <ul lang={lang}>
            {byText(q.items).map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      );
      break;
  }

  const wholeRoom = q.type === 'matching' || q.type === 'ordering';
  return (
    <div className="group-quiz">
      <div className="quiz-prompt" lang={lang} dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
      {body}
      {wholeRoom ? (
        <div className="quiz-tally-whole">
          <p>{t('training.tallyAs')}</p>
          <ul className="quiz-options">
            {item.tallyOptionIds.map((v) => (
              <li key={v} className="quiz-option">
                <span className="quiz-option-text">{tallyLabel(t, v)}</span>
                {tally(v, tallyLabel(t, v))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="btn btn-primary" aria-expanded={revealed} aria-controls={answerId} onClick={() => onReveal(!revealed)}>
          {revealed ? t('training.hideAnswer') : t('training.reveal')}
        </button>
      </div>
      <div id={answerId} className="quiz-answer" hidden={!revealed}>
        {revealed ? <RevealedAnswer item={item} lang={lang} /> : null}
      </div>
    </div>
  );
}

function RevealedAnswer({ item, lang }: { item: TrainingQuestion; lang: string | undefined }) {
  const { t } = useTranslation();
  const q = item.question;
  return (
    <>
      {q.type === 'truefalse' ? <p className="best-mark">{t('training.answerIs', { answer: q.answer ? t('training.answerTrue') : t('training.answerFalse') })}</p> : null}
      {q.type === 'matching' ? (
        <>
          <p className="best-mark">{t('training.rightPairs')}</p>
          <ul lang={lang}>
            {q.pairs.map((p) => (
              <li key={p.id}>
                {p.left} → {p.right}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {q.type === 'ordering' ? (
        <>
          <p className="best-mark">{t('training.rightOrder')}</p>
          <ol lang={lang}>
            {q.items.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ol>
        </>
      ) : null}
      {q.explanationHtml ? <div className="quiz-explanation" lang={lang} dangerouslySetInnerHTML={{ __html: q.explanationHtml }} /> : null}
    </>
  );
}
