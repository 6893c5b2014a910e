import { useTranslation } from 'react-i18next';
import type { PackageItem } from '../../../../electron/core/contract';
import { href } from '../../router';
import { STATUS_ICONS, statusKey } from './package-items';

interface Props {
  packageId: string;
  items: PackageItem[];
  current: string | null;
  id: string;
  open: boolean;
}

function ItemStatus({ item }: { item: PackageItem }) {
  const { t } = useTranslation();
  const key = statusKey(item.status);
  return (
    <span className={`tree-status tree-status-${key}`}>
      <span aria-hidden="true">{STATUS_ICONS[key]}</span> {t(`status.${key}`)}
    </span>
  );
}

function Items({ packageId, items, current }: Pick<Props, 'packageId' | 'items' | 'current'>) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          {item.launchable ? (
            <a href={href({ name: 'package', packageId, itemId: item.id })} aria-current={item.id === current ? 'page' : undefined}>
              <span className="tree-title">{item.title}</span> <ItemStatus item={item} />
            </a>
          ) : (
            // A folder of the organization: a heading for its children, nothing to open.
            <span className="tree-folder">{item.title}</span>
          )}
          {item.children.length > 0 ? <Items packageId={packageId} items={item.children} current={current} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The package's organization as nested lists: its own navigation, with the learner's status of each part. */
export function PackageTree({ packageId, items, current, id, open }: Props) {
  const { t } = useTranslation();
  return (
    <nav id={id} className={`package-tree ${open ? 'is-open' : ''}`} aria-label={t('packages.player.nav')}>
      <Items packageId={packageId} items={items} current={current} />
    </nav>
  );
}
