import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseOutline, Dashboard, FrameworkNode, LeverProgress } from '../../../../electron/core/contract';
import { FrameworkIcon } from '../../../shared/framework-icons';
import { Meter } from '../../components/Meter';
import { groupModules, type LeverGroup, type PlacedModule } from './module-groups';

/** The heading level of a module card's title, one below its group's heading. */
export type CardLevel = 4 | 5;

interface Props {
  course: CourseOutline;
  progress: Dashboard;
  /** One module's card (an <li>): `extra` goes inside it (the other levers it serves). */
  card: (index: number, level: CardLevel, extra: ReactNode) => ReactNode;
}

type Heading = 'h3' | 'h4';

/** A group's progress: the numbers in words, the bar repeating them (never the bar alone). */
function GroupProgress({ progress }: { progress: LeverProgress | null }) {
  const { t } = useTranslation();
  if (!progress || progress.modulesTotal === 0) return null;
  return <Meter label={t('flow.groupProgress', { done: progress.modulesCompleted, count: progress.modulesTotal })} percent={progress.percent} />;
}

function Cards({ placed, level, card }: { placed: PlacedModule[]; level: CardLevel; card: Props['card'] }) {
  const { t } = useTranslation();
  if (placed.length === 0) return null;
  const also = (nodes: FrameworkNode[]) =>
    nodes.length > 0 ? <p className="module-also">{t('flow.alsoLevers', { levers: nodes.map((n) => n.title).join(', ') })}</p> : null;
  return <ol className="module-list">{placed.map((p) => card(p.index, level, also(p.also)))}</ol>;
}

function Group({ title, icon, as: H, className, children }: { title: string; icon?: string; as: Heading; className: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`module-group ${className}`} aria-labelledby={id}>
      <H id={id} className="module-group-title">
        {icon ? <FrameworkIcon id={icon} /> : null} {title}
      </H>
      {children}
    </section>
  );
}

function Lever({ group, course, card, as, level, className }: { group: LeverGroup; course: CourseOutline; card: Props['card']; as: Heading; level: CardLevel; className: string }) {
  const { t } = useTranslation();
  return (
    <Group title={t(className === 'module-group-umbrella' ? 'flow.umbrella' : 'flow.lever', { title: group.lever.title })} icon={group.lever.id} as={as} className={className}>
      <GroupProgress progress={group.progress} />
      <Cards placed={group.modules} level={level} card={card} />
      {group.elsewhere.map((e) => (
        <p key={e.index} className="module-elsewhere">
          {t('flow.elsewhere', { title: course.modules[e.index]!.title, under: e.under.title })}
        </p>
      ))}
    </Group>
  );
}

/**
 * The course's modules as the framework is built (issue 11): the opening modules, then the umbrella
 * (kinderrechten) as a frame around the kernthema's and their hefbomen, each with its progress, then
 * the other modules. Only titles from the course data; see module-groups.ts for who goes where.
 */
export function CourseModules({ course, progress, card }: Props) {
  const { t } = useTranslation();
  const groups = groupModules(course, progress);
  return (
    <>
      {groups.opening.length > 0 ? (
        <Group title={t('flow.opening')} as="h3" className="module-group-plain">
          <Cards placed={groups.opening} level={4} card={card} />
        </Group>
      ) : null}
      <div className="module-frame">
        <Lever group={groups.umbrella} course={course} card={card} as="h3" level={4} className="module-group-umbrella" />
        {groups.themes.map(({ theme, progress: themeProgress, levers }) => (
          <Group key={theme.id} title={t('flow.theme', { title: theme.title })} icon={theme.id} as="h3" className="module-group-theme">
            <GroupProgress progress={themeProgress} />
            {levers.map((group) => (
              <Lever key={group.lever.id} group={group} course={course} card={card} as="h4" level={5} className="module-group-lever" />
            ))}
          </Group>
        ))}
      </div>
      {groups.other.length > 0 ? (
        <Group title={t('flow.other')} as="h3" className="module-group-plain">
          <Cards placed={groups.other} level={4} card={card} />
        </Group>
      ) : null}
    </>
  );
}
