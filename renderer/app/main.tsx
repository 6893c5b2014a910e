import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/tokens.css';
import './styles/app.css';
import { App } from './App';
import { call } from './client';
import { initI18n } from './i18n';

async function boot() {
  const settings = await call('settings/get', {}).catch(() => null);
  await initI18n(settings?.language ?? 'nl-BE');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
