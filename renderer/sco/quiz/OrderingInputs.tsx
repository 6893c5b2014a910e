import { useEffect, useRef, useState } from 'react';
import type { Question } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';
import type { InputsProps } from './inputs-props';
import { initialAnswer } from '../state/scoring';

type Ordering = Extract<Question, { type: 'ordering' }>;
type Direction = 'up' | 'down';

/**
 * Buttons instead of drag and drop: every move works with the keyboard and is announced. The
 * accessible name starts with the visible word (WCAG 2.5.3) and says which item moves.
 */
export function OrderingInputs({ question, answer, locked, onAnswer }: InputsProps<Ordering>) {
  const order = Array.isArray(answer) ? answer : (initialAnswer(question) as number[]);
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<{ item: string; direction: Direction } | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    // The button just used is disabled at the top or bottom of the list: keep focus on the item.
    const same = buttons.current.get(`${target.item}:${target.direction}`);
    const other = buttons.current.get(`${target.item}:${target.direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [order]);

  const move = (position: number, direction: Direction) => {
    const to = direction === 'up' ? position - 1 : position + 1;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[position], next[to]] = [next[to]!, next[position]!];
    const item = question.items[order[position]!]!;
    focusNext.current = { item: item.id, direction };
    setAnnouncement(t('quiz.moved', { item: item.text, position: to + 1, total: order.length }));
    onAnswer(next);
  };

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <>
      <p className="question-hint" lang={chromeLang()}>
        {t('quiz.orderHint')}
      </p>
      <ol className="order-list">
        {order.map((itemIndex, position) => {
          const item = question.items[itemIndex]!;
          // Once checked, each step says whether it is in its place: that is what earns its share.
          const inPlace = itemIndex === position;
          return (
            <li key={item.id} className={`order-item ${locked ? (inPlace ? 'option-right' : 'option-wrong') : ''}`}>
              <span className="order-text" lang={contentLang()}>
                {item.text}
              </span>
              {locked ? (
                <span className="feedback-mark" lang={chromeLang()}>
                  <span aria-hidden="true">{inPlace ? '✓ ' : '✗ '}</span>
                  {inPlace ? t('quiz.right') : t('quiz.wrong')}
                </span>
              ) : (
                <span className="order-buttons" lang={chromeLang()}>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    ref={ref(`${item.id}:up`)}
                    aria-label={`${t('quiz.up')}: ${item.text}`}
                    disabled={position === 0}
                    onClick={() => move(position, 'up')}
                  >
                    <span aria-hidden="true">↑</span> {t('quiz.up')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    ref={ref(`${item.id}:down`)}
                    aria-label={`${t('quiz.down')}: ${item.text}`}
                    disabled={position === order.length - 1}
                    onClick={() => move(position, 'down')}
                  >
                    <span aria-hidden="true">↓</span> {t('quiz.down')}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite" lang={chromeLang()}>
        {announcement}
      </p>
    </>
  );
}
