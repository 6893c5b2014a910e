import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioBlock } from '../../../../electron/core/contract';
import { GroupNote } from './GroupNote';
import type { NoteBook } from './note-book';
import { TallyControl } from './TallyControl';
import type { TallyBook } from './tally-book';

interface Props {
  block: ScenarioBlock;
  moduleId: string;
  lang: string | undefined;
  notes: NoteBook;
  tallies: TallyBook;
  closed: boolean;
}

/**
 * A scenario discussed with the room choice by choice: the situation, every choice with how many in the room
 * would take it (counted by the trainer, kept in the session notes), and what follows from a choice only when
 * the trainer opens it, so the group first says what it would do.
 */
export function ScenarioDiscussion({ block, moduleId, lang, notes, tallies, closed }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (choiceId: string) =>
    setOpen((now) => {
      const next = new Set(now);
      if (!next.delete(choiceId)) next.add(choiceId);
      return next;
    });

  return (
    <section className="discussion scenario-discussion" aria-labelledby={`s-${block.id}`}>
      <h2 id={`s-${block.id}`}>{t('training.scenario')}</h2>
      {block.steps.map((step, i) => (
        <div key={i} className="scenario-step">
          {block.steps.length > 1 ? <h3>{t('training.step', { n: i + 1 })}</h3> : null}
          <div lang={lang} dangerouslySetInnerHTML={{ __html: step.situationHtml }} />
          <ul className="scenario-choices">
            {step.choices.map((c) => {
              const shown = open.has(c.id);
              const panel = `consequence-${block.id}-${c.id}`;
              return (
                <li key={c.id} className={shown && c.best ? 'scenario-choice is-best' : 'scenario-choice'}>
                  <span className="choice-letter" aria-hidden="true">
                    {c.id}
                  </span>
                  <div lang={lang} dangerouslySetInnerHTML={{ __html: c.html }} />
                  <div className="scenario-choice-actions">
                    <TallyControl tallies={tallies} moduleId={moduleId} questionId={block.id} optionId={c.id} label={t('training.choice', { id: c.id })} fixed={closed} />
                    <button type="button" className="btn btn-secondary" aria-expanded={shown} aria-controls={panel} onClick={() => toggle(c.id)}>
                      {shown ? t('training.hideConsequence', { id: c.id }) : t('training.showConsequence', { id: c.id })}
                    </button>
                  </div>
                  <div id={panel} className="scenario-consequence" hidden={!shown}>
                    {shown && c.best ? <p className="best-mark">{t('training.best')}</p> : null}
                    {shown ? <div lang={lang} dangerouslySetInnerHTML={{ __html: c.consequenceHtml }} /> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <GroupNote notes={notes} moduleId={moduleId} promptId={block.id} />
    </section>
  );
}
