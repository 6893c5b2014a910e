import { t } from '../i18n';
import { contentLang } from '../state/langs';

export interface NextModuleLink {
  title: string;
  go: () => void;
}

/** The end of a module is no dead end: the summary offers the module that comes next, when there is one to open. */
export function NextModule({ next }: { next: NextModuleLink }) {
  return (
    <p className="next-module">
      <button type="button" className="btn btn-primary" onClick={next.go}>
        {t('flow.nextModule')}: <span lang={contentLang()}>{next.title}</span> <span aria-hidden="true">→</span>
      </button>
    </p>
  );
}
