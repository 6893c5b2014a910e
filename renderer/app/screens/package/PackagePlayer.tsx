import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageItem } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { commitQueue } from '../../player/commit-queue';
import { ScoFrame } from '../../player/ScoFrame';
import { useScoLaunch } from '../../player/use-sco-launch';
import type { NavRequest } from '../../../shared/lms-bridge';
import { href, navigate } from '../../router';
import { launchableItems } from './package-items';
import { PackageTree } from './PackageTree';
import { usePackageOutline } from './use-package-outline';
import './packages.css';

interface Props {
  packageId: string;
  /** Absent: the item the learner last studied (core's resumeItemId). */
  itemId?: string;
  session: string;
}

/** One SCO of the package in the content frame, bridged to core like our own modules. */
function ItemFrame({ packageId, item, session, onNavigate }: { packageId: string; item: PackageItem; session: string; onNavigate: (request: NavRequest, target?: string) => void }) {
  const { t } = useTranslation();
  const { launch, error, relaunched, connect } = useScoLaunch(`${session}/${packageId}/${item.id}`, () => call('package/launch', { session, packageId, itemId: item.id }));
  if (error) return <ErrorNotice error={error} />;
  if (!launch) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      {relaunched ? (
        <p className="notice notice-warning" role="alert">
          {t('player.conflict')}
        </p>
      ) : null}
      {/* The package's own launch parameters are in scoUrl already: no query of ours. */}
      <ScoFrame key={launch.launchId} launch={launch} title={item.title} onLoad={(frame) => connect(frame, { session, title: item.title, query: '', onNavigate })} />
    </>
  );
}

/** Why an item cannot play offline, in place of a blank frame. */
function ItemNotice({ item }: { item: PackageItem }) {
  const { t } = useTranslation();
  const external = item.notice === 'external-url';
  return (
    <div className="package-notice">
      <div className="notice notice-warning" role="status">
        <p>
          <strong>{external ? t('packages.player.external') : t('packages.player.missing')}</strong>
        </p>
        <p>{external ? t('packages.player.externalHint') : t('packages.player.missingHint')}</p>
      </div>
    </div>
  );
}

/** Plays another's SCORM package: its organization as a tree beside the SCO frame. */
export function PackagePlayer({ packageId, itemId, session }: Props) {
  const { t } = useTranslation();
  const treeId = useId();
  const [treeOpen, setTreeOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const { outline, error } = usePackageOutline(session, packageId);

  // A part chosen in the tree closes it again on a narrow screen, as the SCO's own "Inhoud" does.
  useEffect(() => setTreeOpen(false), [itemId]);

  if (error) return <ErrorNotice error={error} />;
  if (!outline) return <p role="status">{t('app.loading')}</p>;

  const playable = launchableItems(outline.items);
  const currentId = itemId ?? outline.resumeItemId ?? playable[0]?.id ?? null;
  const index = playable.findIndex((i) => i.id === currentId);
  const item = playable[index];
  const prev = playable[index - 1];
  const next = playable[index + 1];
  // The SCO's own "next"/"previous"/choice (2004): the tree decides where it leads; its last commit goes first.
  const follow = (request: NavRequest, target?: string) => {
    const to = request === 'continue' ? next : request === 'previous' ? prev : playable.find((i) => i.id === target);
    if (to) void commitQueue.settle().then(() => navigate({ name: 'package', packageId, itemId: to.id }));
  };

  return (
    <section className="player package-player" aria-labelledby="player-title">
      <nav className="player-bar" aria-label={t('player.nav')}>
        <a href={href({ name: 'library' })}>← {t('packages.player.back')}</a>
        <h1 id="player-title" className="player-title" tabIndex={-1}>
          <span className="player-title-text">{item ? `${outline.title}: ${item.title}` : outline.title}</span>{' '}
          {item ? <span className="muted player-position">· {t('packages.player.position', { index: index + 1, total: playable.length })}</span> : null}
        </h1>
        <button
          ref={toggle}
          type="button"
          className="btn btn-secondary package-contents-toggle"
          aria-expanded={treeOpen}
          aria-controls={treeId}
          onClick={() => setTreeOpen((o) => !o)}
          onKeyDown={(e) => e.key === 'Escape' && setTreeOpen(false)}
        >
          {t('packages.player.contents')}
        </button>
        <span className="player-moves">
          {prev ? <a href={href({ name: 'package', packageId, itemId: prev.id })}>{t('packages.player.previous')}</a> : null}
          {next ? <a href={href({ name: 'package', packageId, itemId: next.id })}>{t('packages.player.next')}</a> : null}
        </span>
      </nav>
      <div
        className="package-body"
        onKeyDown={(e) => {
          // Escape closes the open tree and puts focus back on "Inhoud" (disclosure pattern).
          if (e.key !== 'Escape' || !treeOpen) return;
          setTreeOpen(false);
          toggle.current?.focus();
        }}
      >
        <PackageTree id={treeId} packageId={packageId} items={outline.items} current={item?.id ?? null} open={treeOpen} />
        <div className="package-stage">
          {!item ? (
            <p className="notice notice-warning">{t('packages.player.nothing')}</p>
          ) : item.notice ? (
            <ItemNotice item={item} />
          ) : (
            <ItemFrame key={item.id} packageId={packageId} item={item} session={session} onNavigate={follow} />
          )}
        </div>
      </div>
    </section>
  );
}
