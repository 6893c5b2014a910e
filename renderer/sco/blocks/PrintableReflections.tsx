import { useEffect, useReducer } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../i18n';
import { contentLang } from '../state/langs';
import { reflectionText } from '../state/reflections';
import { checklistEntries, reflectionEntries } from '../state/reflection-export';
import { useScoState, useStore } from '../state/use-sco-state';

const REFRESH = 'leerpad:refresh-print';

/** Re-reads the texts (private ones live in localStorage, outside the state), then prints. */
export function requestPrint(): void {
  window.dispatchEvent(new Event(REFRESH));
  window.print();
}

/**
 * Hidden on screen; the print stylesheet shows only this: the learner's reflections and
 * checklist answers, with the prompts, whatever section is open.
 */
export function PrintableReflections() {
  const store = useStore();
  const { state } = useScoState();
  const [, refresh] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    // flushSync: the print layout is taken right after these events, before React would render.
    const update = () => flushSync(refresh);
    window.addEventListener(REFRESH, update);
    window.addEventListener('beforeprint', update);
    return () => {
      window.removeEventListener(REFRESH, update);
      window.removeEventListener('beforeprint', update);
    };
  }, []);

  const { pkg } = store;
  const reflections = reflectionEntries(pkg, (id) => reflectionText(store, state, id));
  const checklists = checklistEntries(pkg, state);
  if (reflections.length === 0 && checklists.length === 0) return null;
  return (
    <div className="print-only" hidden>
      <h1>
        {t('reflection.printTitle')}: <span lang={contentLang()}>{pkg.module.title}</span>
      </h1>
      <p lang={contentLang()}>{pkg.course.title}</p>
      {reflections.map((r, i) => (
        <section key={i} className="print-reflection">
          <h2 lang={contentLang()}>{r.prompt}</h2>
          <p className="print-text" lang={contentLang()}>
            {r.text.trim() || t('reflection.empty')}
          </p>
        </section>
      ))}
      {checklists.map((c, i) => (
        <section key={`c${i}`} className="print-reflection">
          <h2 lang={contentLang()}>{c.title}</h2>
          <ul>
            {c.items.map((item, j) => (
              <li key={j}>
                <span lang={contentLang()}>{item.text}</span> — <strong>{item.rating ?? t('checklist.notRated')}</strong>
                {item.note ? <p className="print-text">{item.note}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
