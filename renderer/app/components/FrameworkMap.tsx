import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkIconOf } from '../../shared/framework-icons';
import { mapLayout, type Box, type MapFramework, type MapNode } from './framework-map-layout';
import './framework-map.css';

/** Modules done and in all, per framework id (theme, lever or umbrella). */
export type FrameworkProgress = Readonly<Record<string, { done: number; total: number }>>;

interface Props {
  /** course.framework, or anything with its ids and titles (the dashboard's progress per theme and lever). */
  framework: MapFramework;
  /** Without progress the map is drawn uncoloured (a course cover): names only. */
  progress?: FrameworkProgress;
  /** What the text version shows under a lever or the umbrella (its modules); with it, the map's nodes link there. */
  nodeDetail?: (id: string) => ReactNode;
}

type Kind = 'theme' | 'lever' | 'umbrella';

/** 44rem: a 1280 px window at 200 % zoom (640 CSS px) and small windows get the one-column map. */
const NARROW_QUERY = '(max-width: 44rem)';

function useNarrow(): boolean {
  const supported = typeof window.matchMedia === 'function';
  const [narrow, setNarrow] = useState(() => supported && window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    if (!supported) return;
    const query = window.matchMedia(NARROW_QUERY);
    const change = () => setNarrow(query.matches);
    change();
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, [supported]);
  return narrow;
}

/**
 * The course's framework as the course data builds it: the umbrella as the frame around the kernthema's,
 * each with its hefbomen. Progress is told three ways (WCAG 1.4.1): the words ("1 van 3 modules afgerond"),
 * the length of a bar, and its hatching (solid once done). Its text version, a nested list, holds the same
 * facts; a node of the map is a link to its place in that list, where its modules are.
 */
export function FrameworkMap({ framework, progress, nodeDetail }: Props) {
  const { t } = useTranslation();
  const base = useId().replace(/:/g, '');
  const [open, setOpen] = useState(false);
  const narrow = useNarrow();
  const layout = mapLayout(framework, narrow);
  const targetId = (id: string) => `${base}-${id}`;
  const detail = (id: string) => {
    const p = progress?.[id];
    if (!p) return null;
    return p.total === 0 ? t('myProgress.nodeNoModules') : t('myProgress.nodeDone', { done: p.done, count: p.total });
  };
  const kindText = (kind: Kind) => t(`myProgress.${kind}`);
  const label = (kind: Kind, node: MapNode) => {
    const d = detail(node.id);
    return d ? t('myProgress.nodeLabel', { kind: kindText(kind), title: node.title, detail: d }) : `${kindText(kind)} ${node.title}`;
  };
  const show = (id: string) => {
    setOpen(true);
    // The list opens first; its entry exists once React has rendered the open details.
    requestAnimationFrame(() => document.getElementById(targetId(id))?.focus());
  };

  const node = (kind: Kind, n: MapNode, box: Box, titleSize: number) => {
    const Icon = frameworkIconOf(n.id);
    const p = progress?.[n.id];
    const fraction = p && p.total > 0 ? p.done / p.total : 0;
    const d = detail(n.id);
    const body = (
      <>
        <rect className={`fmap-${kind}`} x={box.x} y={box.y} width={box.w} height={box.h} rx={kind === 'lever' ? 8 : 12} />
        <Icon x={box.x + 12} y={box.y + 10} width={22} height={22} className="fmap-icon" aria-hidden="true" focusable="false" strokeWidth={1.75} />
        {/* One text, so the words read in order: a link's name must hold its visible text (WCAG 2.5.3). */}
        <text x={box.x + 42} y={box.y + 27}>
          <tspan className="fmap-title" fontSize={titleSize}>
            {n.title}
          </tspan>
          {d ? (
            <>
              {' '}
              <tspan className="fmap-detail" x={box.x + 42} y={box.y + 47} fontSize={14}>
                {d}
              </tspan>
            </>
          ) : null}
        </text>
        {p && p.total > 0 ? (
          <>
            <rect className="fmap-track" x={box.x + 42} y={box.y + 55} width={box.w - 56} height={8} rx={4} />
            <rect
              className={fraction >= 1 ? 'fmap-fill fmap-fill-done' : 'fmap-fill'}
              fill={fraction >= 1 ? undefined : `url(#${base}-hatch)`}
              x={box.x + 42}
              y={box.y + 55}
              width={(box.w - 56) * fraction}
              height={8}
              rx={4}
            />
          </>
        ) : null}
      </>
    );
    if (!nodeDetail || kind === 'theme') return <g key={n.id} aria-label={label(kind, n)} role="group">{body}</g>;
    const text = t('myProgress.nodeLink', { kind: kindText(kind).toLocaleLowerCase(), title: n.title, detail: d ?? '' }).replace(/\s+/g, ' ');
    return (
      <a
        key={n.id}
        className="fmap-link"
        href={`#${targetId(n.id)}`}
        aria-label={text}
        onClick={(e) => {
          // Hash routes: the in-page target is reached by focus, not by changing the hash.
          e.preventDefault();
          show(n.id);
        }}
      >
        {body}
      </a>
    );
  };

  const item = (kind: Kind, n: MapNode, children?: ReactNode) => (
    <li key={n.id}>
      <span id={targetId(n.id)} tabIndex={-1} className="fmap-text-node">
        {label(kind, n)}
      </span>
      {nodeDetail && kind !== 'theme' ? nodeDetail(n.id) : null}
      {children}
    </li>
  );

  return (
    <figure className="fmap">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="fmap-svg"
        role="group"
        aria-label={progress ? t('myProgress.mapProgressLabel') : t('myProgress.mapLabel')}
      >
        <defs>
          <pattern id={`${base}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} className="fmap-hatch-bg" />
            <rect width={3} height={6} className="fmap-hatch-line" />
          </pattern>
        </defs>
        {node('umbrella', framework.umbrella, layout.umbrella, 20)}
        {framework.themes.map((theme, i) => (
          <g key={theme.id}>
            {node('theme', theme, layout.themes[i]!.box, 18)}
            {theme.levers.map((l, j) => node('lever', l, layout.themes[i]!.levers[j]!, 16))}
          </g>
        ))}
      </svg>
      <details className="fmap-text" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('myProgress.textAlternative')}</summary>
        <ul>
          {item(
            'umbrella',
            framework.umbrella,
            <ul>{framework.themes.map((theme) => item('theme', theme, <ul>{theme.levers.map((l) => item('lever', l))}</ul>))}</ul>,
          )}
        </ul>
      </details>
    </figure>
  );
}
