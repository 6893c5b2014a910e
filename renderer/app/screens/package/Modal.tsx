import { useEffect, useRef, type ReactNode } from 'react';

/** A modal <dialog> (focus trapped by the browser, Escape cancels), open while `open` is true. */
export function Modal({ open, labelledBy, onCancel, children }: { open: boolean; labelledBy: string; onCancel(): void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open ? children : null}
    </dialog>
  );
}
