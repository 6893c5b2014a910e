import './styles/sco.css';
import { readPackage } from './boot/read-package';
import { startPackage } from './boot/start-sco';
import { chromeLanguageFrom, initScoI18n, t } from './i18n';

async function boot() {
  const container = document.getElementById('sco-root')!;
  const language = chromeLanguageFrom(window.location.search);
  try {
    const pkg = await readPackage(document);
    startPackage({ pkg, language, container });
  } catch (error) {
    console.error('[leerpad sco]', error);
    initScoI18n(language);
    document.documentElement.lang = language;
    container.innerHTML = '';
    const notice = document.createElement('main');
    notice.className = 'sco load-failed';
    const title = document.createElement('h1');
    title.textContent = t('app.loadFailed');
    const hint = document.createElement('p');
    hint.textContent = t('app.loadFailedHint');
    notice.append(title, hint);
    container.append(notice);
  }
}

void boot();
