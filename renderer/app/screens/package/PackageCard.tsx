import { useTranslation } from 'react-i18next';
import type { PackageSummary } from '../../../../electron/core/contract';
import { StatusBadge } from '../../components/StatusBadge';
import { href } from '../../router';

const MB = 1024 * 1024;

/** One imported package on the Library's shelf: what it is, how big, and where the learner stands. */
export function PackageCard({ pkg, onRemove }: { pkg: PackageSummary; onRemove(p: PackageSummary): void }) {
  const { t, i18n } = useTranslation();
  const titleId = `package-${pkg.id}`;
  const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(pkg.bytes / MB);
  const studied = pkg.status?.lastStudiedAt;
  const date = studied ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(studied)) : null;
  return (
    <article className="card course-card package-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{pkg.title}</h3>
      <p className="course-meta muted">
        {t('packages.edition', { edition: pkg.edition })} · {t('packages.scos', { count: pkg.scoCount })} · {t('packages.size', { size })}
      </p>
      {pkg.status ? (
        <p className="package-status">
          <StatusBadge completion={pkg.status.completion} success={pkg.status.success} />{' '}
          <span className="muted">{date ? t('packages.lastStudied', { date }) : t('packages.neverStudied')}</span>
        </p>
      ) : null}
      <div className="actions">
        <a className="btn btn-primary" href={href({ name: 'package', packageId: pkg.id })} aria-describedby={titleId}>
          {t('packages.open')}
        </a>
        <button type="button" className="btn btn-ghost" onClick={() => onRemove(pkg)} aria-describedby={titleId}>
          {t('packages.remove')}
        </button>
      </div>
    </article>
  );
}
