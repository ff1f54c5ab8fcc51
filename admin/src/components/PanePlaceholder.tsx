import type { ReactNode } from 'react';
import { PaneHeader } from './PaneHeader';

/** A pane that says what will be there; replaced by the feature engineers. */
export function PanePlaceholder({ title, pane, children }: { title: string; pane: 'list' | 'editor'; children: ReactNode }) {
  return (
    <section className="pane" aria-label={title} data-pane={pane} tabIndex={-1}>
      <PaneHeader title={title} />
      <div className="pane-empty">{children}</div>
    </section>
  );
}
