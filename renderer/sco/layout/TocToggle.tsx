import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n';

interface Props {
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/**
 * On a narrow screen (800×600, 200 % zoom) the table of contents is one button, "Inhoud", so the
 * section's heading and first paragraph fill the first screen; on a wide one the button is hidden
 * (layout.css) and the table of contents stands beside the section. Escape closes it again, back on
 * the button, as a disclosure does.
 */
export function TocToggle({ open, onToggle, children }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    onToggle();
    button.current?.focus();
  };
  return (
    <div className="toc-area" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className="btn btn-secondary btn-small toc-toggle" aria-expanded={open} aria-controls="sco-toc" onClick={onToggle}>
        <span aria-hidden="true">☰</span> {t('toc.title')}
      </button>
      <div id="sco-toc" className={open ? 'toc-panel is-open' : 'toc-panel'}>
        {children}
      </div>
    </div>
  );
}
