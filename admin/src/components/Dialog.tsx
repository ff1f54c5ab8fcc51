import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import './Dialog.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  /** The accessible name and visible heading. */
  title: string;
  /** Called on Escape and on a click on the backdrop. */
  onClose: () => void;
  children: ReactNode;
  /** What gets focus on open; default: the first focusable element, else the dialog itself. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Hides the heading visually (it stays the accessible name), e.g. for the command palette. */
  hideTitle?: boolean;
  className?: string;
}

/**
 * A modal dialog (WAI-ARIA APG "Dialog (Modal)"): role="dialog", aria-modal, labelled by its
 * title; Tab and Shift+Tab cycle inside it; Escape closes; the rest of the app is inert while it
 * is open; on close, focus returns to the element that had it (the opener). Rendered into
 * document.body so no pane's overflow or stacking context can clip it.
 */
export function Dialog({ title, onClose, children, initialFocus, hideTitle, className }: DialogProps) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves once, on open; re-running on re-render would steal focus from the user
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const target = initialFocus?.current ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE) ?? panel.current;
    target?.focus();
    const restoreInert = makeAppInert();
    return () => {
      restoreInert();
      // The opener may be gone (e.g. a row deleted from the dialog); then focus stays on body.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      trapTab(event, panel.current);
    }
  };

  return createPortal(
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer-only shortcut (click outside closes); keyboard users close with Escape
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={['dialog', className].filter(Boolean).join(' ')}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className={hideTitle ? 'visually-hidden' : 'dialog-title'}>
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}

/** Keeps Tab inside the dialog: from the last element to the first and back. */
function trapTab(event: KeyboardEvent, container: HTMLElement | null): void {
  if (!container) return;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('inert'));
  if (items.length === 0) {
    event.preventDefault();
    return;
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

// Nested dialogs share the app root; it becomes interactive again when the last one closes.
let openCount = 0;
function makeAppInert(): () => void {
  const root = document.getElementById('root');
  openCount += 1;
  if (root) root.inert = true;
  return () => {
    openCount -= 1;
    if (root && openCount === 0) root.inert = false;
  };
}
