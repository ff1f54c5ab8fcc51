import { Dialog } from '../../components/Dialog';
import { Kbd } from './Kbd';
import { SHORTCUTS } from './registry';
import { useIsShortcutBound } from './ShortcutProvider';
import './shortcuts.css';

/**
 * Every shortcut of the registry, by section (opened with `?`). Global shortcuts that nothing
 * on screen binds right now (e.g. Save with no editor open) are listed but marked unavailable,
 * so the list is complete without promising what would not happen.
 */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const isBound = useIsShortcutBound();
  const sections = [...new Set(SHORTCUTS.map((s) => s.section))];
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="help-overlay">
      <div className="help-sections">
        {sections.map((section) => (
          <section key={section} aria-label={section}>
            <h3>{section}</h3>
            <table>
              <tbody>
                {SHORTCUTS.filter((s) => s.section === section).map((s) => {
                  const isUnavailable = s.scope === 'global' && !isBound(s.id);
                  return (
                    <tr key={s.id} className={isUnavailable ? 'unavailable' : undefined} data-shortcut-id={s.id}>
                      <th scope="row">
                        {s.description}
                        {isUnavailable ? <span className="visually-hidden"> (not available here)</span> : null}
                      </th>
                      <td>
                        {s.keys.map((k, i) => (
                          <span key={k}>
                            {i > 0 ? ' or ' : ''}
                            <Kbd combo={k} />
                          </span>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </Dialog>
  );
}
