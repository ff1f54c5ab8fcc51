/**
 * The admin's places. The URL is `<base><section path>[/<item id>]`, e.g.
 * `/admin/posts/drafts/UG9zdDo0Mg` — so a reload or a shared link lands on the same section and
 * selected item. Item ids are the API's opaque Relay ids, URI-encoded.
 */
export const SECTIONS = [
  { id: 'posts', path: 'posts', label: 'All posts', group: 'Posts' },
  { id: 'long-reads', path: 'posts/long-reads', label: 'Long reads', group: 'Posts' },
  { id: 'shorts', path: 'posts/shorts', label: 'Shorts', group: 'Posts' },
  { id: 'drafts', path: 'posts/drafts', label: 'Drafts', group: 'Posts' },
  { id: 'favorites', path: 'favorites', label: 'Favorites', group: 'Library' },
  { id: 'categories', path: 'categories', label: 'Categories', group: 'Library' },
  { id: 'tags', path: 'tags', label: 'Tags', group: 'Library' },
  { id: 'settings', path: 'settings', label: 'Settings', group: 'Site' },
] as const;

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section['id'];

/** Where the app is: a section and, optionally, the selected item in it. */
export interface Route {
  section: SectionId;
  itemId: string | null;
}

export const DEFAULT_ROUTE: Route = { section: 'posts', itemId: null };

/** Vite's `base` ('/admin/' in builds); always ends with '/'. */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

export function sectionById(id: SectionId): Section {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section;
}

// Longest paths first, so 'posts/drafts/x' is Drafts with item x, not All posts with item 'drafts/x'.
const byPathLength = [...SECTIONS].sort((a, b) => b.path.length - a.path.length);

/** `/admin/posts/drafts/abc` → { section: 'drafts', itemId: 'abc' }; anything unknown → the default route. */
export function parsePath(pathname: string): Route {
  const relative = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const trimmed = relative.replace(/\/+$/, '');
  for (const section of byPathLength) {
    if (trimmed === section.path) return { section: section.id, itemId: null };
    if (trimmed.startsWith(`${section.path}/`)) {
      const rest = trimmed.slice(section.path.length + 1);
      if (rest && !rest.includes('/')) return { section: section.id, itemId: safeDecode(rest) };
    }
  }
  return DEFAULT_ROUTE;
}

/** The inverse of {@link parsePath}. */
export function routePath(route: Route): string {
  const path = `${BASE}${sectionById(route.section).path}`;
  return route.itemId ? `${path}/${encodeURIComponent(route.itemId)}` : path;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
