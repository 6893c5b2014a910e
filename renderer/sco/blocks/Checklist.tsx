import { useId } from 'react';
import type { ChecklistBlock } from '../../../electron/core/contract/course';
import { rate } from '../state/actions';
import { contentLang } from '../state/langs';
import { useScoState, useStore } from '../state/use-sco-state';
import { ChecklistNote } from './ChecklistNote';

/** Kijkwijzer: one radio group per statement over the labelled scale, with an optional note. */
export function Checklist({ block }: { block: ChecklistBlock }) {
  const store = useStore();
  const { state } = useScoState();
  const base = useId();
  const titleId = `${base}-title`;
  return (
    <section className="checklist" aria-labelledby={titleId}>
      <h3 id={titleId} lang={contentLang()}>
        {block.title}
      </h3>
      {block.introHtml ? <div className="checklist-intro" lang={contentLang()} dangerouslySetInnerHTML={{ __html: block.introHtml }} /> : null}
      <ol className="checklist-items">
        {block.items.map((item, i) => {
          const [rating, note] = state.k[item.id] ?? [];
          return (
            <li key={item.id} className="checklist-item">
              <fieldset>
                <legend lang={contentLang()}>{item.text}</legend>
                <div className="scale" lang={contentLang()}>
                  {block.scale.map((label, s) => (
                    <label key={label} className="scale-option">
                      <input type="radio" name={`${base}-${i}`} value={s} checked={rating === s} onChange={() => store.update((st) => rate(st, item.id, s))} />
                      <span>{label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              {block.allowNote ? <ChecklistNote itemId={item.id} itemText={item.text} initial={note ?? ''} max={block.noteMaxLength} rated={rating !== undefined} /> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
