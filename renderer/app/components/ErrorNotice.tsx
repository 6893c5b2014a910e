import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../electron/core/contract';
import { CallError } from '../client';

export function errorData(e: unknown): AppErrorData {
  if (e instanceof CallError) return e.error;
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}

/** Translates a core error by its code; the core's English message is the fallback. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: AppErrorData) => {
    const params = error.params ?? {};
    const message = i18n.exists(`errors.${error.code}`) ? t(`errors.${error.code}`, params) : error.message;
    const hintKey = `errors.${error.code}_hint`;
    const hint = i18n.exists(hintKey) ? t(hintKey, params) : i18n.language === 'en' ? error.hint : undefined;
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
