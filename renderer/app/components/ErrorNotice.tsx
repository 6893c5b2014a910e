import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../electron/core/contract';
import { CallError } from '../client';
import { nlBE } from '../i18n/nl-BE';

export function errorData(e: unknown): AppErrorData {
  if (e instanceof CallError) return e.error;
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}

/** A code the UI has a text for (errors.<code>, errors.<code>_hint); a newer core may send others. */
const isErrorKey = (key: string): key is keyof typeof nlBE.errors => Object.hasOwn(nlBE.errors, key);

/** Translates a core error by its code; the core's English message is the fallback. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: AppErrorData) => {
    const params = error.params ?? {};
    // One code can have several causes (CONFLICT_REASONS): the reason's own words first, then the code's.
    const reasonKey = typeof params.reason === 'string' ? `${error.code}_${params.reason}` : '';
    const key = isErrorKey(reasonKey) ? reasonKey : error.code;
    const message = isErrorKey(key) ? t(`errors.${key}`, params) : error.message;
    const hintKey = `${key}_hint`;
    const hint = isErrorKey(hintKey) ? t(`errors.${hintKey}`, params) : i18n.language === 'en' ? error.hint : undefined;
    return { message, hint };
  };
}

export function ErrorNotice({ error }: { error: AppErrorData | null }) {
  const text = useErrorText();
  if (!error) return null;
  const { message, hint } = text(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{message}</strong>
      </p>
      {hint ? <p>{hint}</p> : null}
    </div>
  );
}
