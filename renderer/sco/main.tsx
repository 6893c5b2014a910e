import { createRoot } from 'react-dom/client';
import '../shared/tokens.css';

interface ModuleJson {
  title: string;
}

async function boot() {
  const root = createRoot(document.getElementById('sco-root')!);
  const module = (await (await fetch('./module.json')).json()) as ModuleJson;
  document.title = module.title;
  root.render(<h1>{module.title}</h1>);
}

void boot();
