import type { KeyboardEvent, MouseEvent } from 'react';
import { useNavigate, useRoute } from '../router/Router';
import { routePath, SECTIONS, type SectionId } from '../router/routes';

const GROUPS = [...new Set(SECTIONS.map((s) => s.group))];

/**
 * The section list on the left, as a nav of links (real URLs: middle-click and reload work).
 * One tab stop (the current section); ↑/↓/Home/End move to and open the neighbouring section,
 * like a desktop app's source list.
 */
export function Sidebar() {
  const route = useRoute();
  const navigate = useNavigate();
  const go = (section: SectionId) => navigate({ section, itemId: null });

  const onClick = (event: MouseEvent, section: SectionId) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // new tab/window
    event.preventDefault();
    go(section);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const index = SECTIONS.findIndex((s) => s.id === route.section);
    const target: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: SECTIONS.length - 1 };
    const next = SECTIONS[target[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    if (go(next.id)) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-section="${next.id}"]`)?.focus());
  };

  return (
    <nav className="sidebar" aria-label="Sections" data-pane="sidebar" onKeyDown={onKeyDown}>
      {GROUPS.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a named group of navigation links; <fieldset> is for form controls
        <div key={group} role="group" aria-label={group}>
          {/* A visual caption only: the group's aria-label already names it for assistive technology. */}
          <div className="sidebar-heading" aria-hidden="true">
            {group}
          </div>
          <ul>
            {SECTIONS.filter((s) => s.group === group).map((section) => {
              const isCurrent = section.id === route.section;
              return (
                <li key={section.id}>
                  <a
                    href={routePath({ section: section.id, itemId: null })}
                    data-section={section.id}
                    aria-current={isCurrent ? 'page' : undefined}
                    tabIndex={isCurrent ? 0 : -1}
                    onClick={(event) => onClick(event, section.id)}
                  >
                    {section.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
