import type { ReactNode } from 'react';
import { t } from '../i18n';

interface Props {
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/**
 * On a narrow screen (800×600, 200 % zoom) the table of contents is one button, "Inhoud", so the
 * section's heading and first paragraph fill the first screen; on a wide one the button is hidden
 * (layout.css) and the table of contents stands beside the section.
 */
export function TocToggle({ open, onToggle, children }: Props) {
  return (
    <div className="toc-area">
      <button type="button" className="btn btn-secondary btn-small toc-toggle" aria-expanded={open} aria-controls="sco-toc" onClick={onToggle}>
        <span aria-hidden="true">☰</span> {t('toc.title')}
      </button>
      <div id="sco-toc" className={open ? 'toc-panel is-open' : 'toc-panel'}>
        {children}
      </div>
    </div>
  );
}
