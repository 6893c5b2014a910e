import { useTranslation } from 'react-i18next';
import type { Dashboard, LeverProgress } from '../../../../electron/core/contract';
import { FrameworkMap, type FrameworkProgress } from '../../components/FrameworkMap';
import { StatusBadge } from '../../components/StatusBadge';
import { href } from '../../router';

/** Progress per framework id, as the dashboard counts it (modules that serve the theme, lever or umbrella). */
export function frameworkProgress(data: Dashboard): FrameworkProgress {
  const all: LeverProgress[] = [data.umbrella, ...data.themes, ...data.themes.flatMap((t) => t.levers)];
  return Object.fromEntries(all.map((p) => [p.id, { done: p.modulesCompleted, total: p.modulesTotal }]));
}

/** Where am I: the framework map, coloured by progress, each lever leading to its modules. */
export function WhereAmI({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const modulesOf = (id: string) => {
    const serving = data.modules.filter((m) => m.levers.includes(id));
    if (serving.length === 0) return null;
    const title = [data.umbrella, ...data.themes.flatMap((x) => x.levers)].find((n) => n.id === id)?.title ?? id;
    return (
      <ul className="fmap-modules" aria-label={t('myProgress.leverModules', { title })}>
        {serving.map((m) => (
          <li key={m.moduleId}>
            <a href={href({ name: 'play', courseId: data.courseId, moduleId: m.moduleId })}>{m.title}</a> <StatusBadge completion={m.completion} success={m.success} />
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby="dash-where">
      <h2 id="dash-where">{t('myProgress.whereHeading')}</h2>
      <FrameworkMap framework={{ themes: data.themes, umbrella: data.umbrella }} progress={frameworkProgress(data)} nodeDetail={modulesOf} />
    </section>
  );
}
