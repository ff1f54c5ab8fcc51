import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { usePersistentNumber } from './usePersistentNumber';
import './SplitPane.css';

export interface SplitPaneProps {
  /** localStorage key that remembers the width across reloads. */
  storageKey: string;
  /** Accessible name of the divider, e.g. "Resize the list pane". */
  label: string;
  /** Width of the start pane in CSS pixels: default, minimum, maximum. */
  initial?: number;
  min?: number;
  max?: number;
  /** Arrow-key step in px (Shift: ×4). */
  step?: number;
  start: ReactNode;
  end: ReactNode;
}

/**
 * Two panes side by side with a draggable divider (WAI-ARIA APG "Window Splitter"): the divider
 * is a focusable role="separator" with aria-valuenow/min/max (px of the start pane); ←/→ resize
 * by `step`, Shift+←/→ by four steps, Home/End to min/max, Enter resets. Pointer drags use
 * pointer capture so the drag survives leaving the divider. Below 900px wide the CSS stacks the
 * panes and hides the divider (SplitPane.css).
 */
export function SplitPane({ storageKey, label, initial = 360, min = 240, max = 640, step = 16, start, end }: SplitPaneProps) {
  const [width, setWidth] = usePersistentNumber(storageKey, initial, { min, max });
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const delta = event.shiftKey ? step * 4 : step;
    const next: Record<string, number> = { ArrowLeft: width - delta, ArrowRight: width + delta, Home: min, End: max, Enter: initial };
    const value = next[event.key];
    if (value === undefined) return;
    event.preventDefault();
    setWidth(value);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setWidth(drag.current.startWidth + event.clientX - drag.current.startX);
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <div className="split" style={{ ['--split-start' as string]: `${width}px` }}>
      <div className="split-start">{start}</div>
      {/* biome-ignore lint/a11y/useSemanticElements: a focusable window splitter with a value; <hr> is a static thematic break */}
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        tabIndex={0}
        aria-valuenow={width}
        aria-valuemin={min}
        aria-valuemax={max}
        className="split-divider"
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      <div className="split-end">{end}</div>
    </div>
  );
}
