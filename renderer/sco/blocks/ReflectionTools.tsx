import { t } from '../i18n';
import { chromeLang } from '../state/langs';
import { reflectionText } from '../state/reflections';
import { checklistEntries, downloadText, reflectionEntries, reflectionsMarkdown } from '../state/reflection-export';
import { useStore } from '../state/use-sco-state';
import { requestPrint } from './PrintableReflections';

export function ReflectionTools() {
  const store = useStore();
  const download = () => {
    store.runPendingSaves();
    const { pkg, state } = store;
    const md = reflectionsMarkdown(pkg, reflectionEntries(pkg, (id) => reflectionText(store, state, id)), checklistEntries(pkg, state), new Date());
    downloadText(`reflecties-${pkg.module.id}.md`, md);
  };
  return (
    <div className="reflection-tools" lang={chromeLang()}>
      <button type="button" className="btn btn-secondary" onClick={download}>
        {t('reflection.download')}
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => {
          store.runPendingSaves();
          requestPrint();
        }}
      >
        {t('reflection.print')}
      </button>
    </div>
  );
}
