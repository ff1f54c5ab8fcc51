import { useCallback, useMemo, useRef, useState } from 'react';
import type { PostRow_PostFragment } from '../../__generated__/graphql';
import type { PaneProps } from '../../app/pane-types';
import { useNavigate } from '../../app/router/Router';
import { useCommands, type Command } from '../../app/shortcuts/commands';
import { useShortcut } from '../../app/shortcuts/ShortcutProvider';
import { ListBox } from '../../components/ListBox';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useInfiniteScroll } from '../../components/useInfiniteScroll';
import { focusPane } from '../../app/chrome/panes-focus';
import { useSiteTimeZone } from '../../app/site/useSiteTimeZone';
import { useToggleFavoriteMutation } from '../favorites/useToggleFavoriteMutation';
import { NO_FILTERS, SEARCH_DEBOUNCE_MS } from './filters';
import { PostsFilterBar, type FilterBarState } from './PostsFilterBar';
import { PostRow } from './PostRow';
import { usePostsPage } from './usePostsPage';
import './posts.css';
import { PaneHeader } from '../../components/PaneHeader';

/**
 * The list pane of the Posts sections: filter bar (search box, kind, status, category — combined
 * with the section). A blank box lists posts newest first; typed words (debounced) list ranked
 * matches, best first, each with its excerpt under the title (usePostsPage). Keyset pages are
 * appended as the end scrolls into view (or by "Load more"). Selecting a row puts its id in the
 * URL; Enter moves focus to the editor; F / Mod+D toggles the selected post's favorite. Loaded
 * posts are palette commands.
 */
export function PostsList({ route }: PaneProps) {
  const navigate = useNavigate();
  const timeZone = useSiteTimeZone();
  const [bar, setBar] = useState<FilterBarState>({ ...NO_FILTERS, text: '' });
  const search = useDebouncedValue(bar.text, SEARCH_DEBOUNCE_MS);
  const filters = useMemo(() => ({ ...bar, search }), [bar, search]);
  const { rows, count, isFirstLoad, loading, error, hasNextPage, loadMore } = usePostsPage({ section: route.section, filters });
  const posts = useMemo(() => rows.map((row) => row.post), [rows]);

  const commands = useMemo<Command[]>(
    () =>
      posts.map((post) => ({
        id: `post:open:${post.id}`,
        label: `Open post: ${post.title}`,
        group: 'Posts',
        keywords: post.slug,
        run: () => navigate({ section: route.section, itemId: post.id }),
      })),
    [posts, navigate, route.section],
  );
  useCommands(commands);

  const { toggle, problem } = useToggleFavoriteMutation();
  const onToggleFavorite = useCallback((post: PostRow_PostFragment) => void toggle(post), [toggle]);
  const selected = posts.find((post) => post.id === route.itemId);
  useShortcut(
    'post.favorite',
    () => {
      if (selected) onToggleFavorite(selected);
    },
    { enabled: Boolean(selected) },
  );

  const scroller = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  useInfiniteScroll({ root: scroller, sentinel, enabled: hasNextPage && !loading, onReach: loadMore });

  const select = (id: string, via: 'keyboard' | 'pointer') =>
    navigate({ section: route.section, itemId: id }, { replace: via === 'keyboard' });
  const focusList = () => scroller.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"], [role="listbox"]')?.focus();
  const isFiltered = Boolean(search.trim() || bar.kind || bar.status !== 'ALL' || bar.categorySlug);

  return (
    <section className="pane posts-list" aria-label="Posts" data-pane="list">
      <PaneHeader title="Posts" count={count} />
      <PostsFilterBar
        section={route.section}
        state={bar}
        onChange={(next) => setBar((now) => ({ ...now, ...next }))}
        onLeaveSearch={focusList}
      />
      {error ? (
        <p role="alert" className="pane-error">
          Could not load posts: {error.message}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="pane-error">
          {problem}
        </p>
      ) : null}
      <div className="pane-scroll" ref={scroller}>
        <ListBox
          label="Posts"
          items={rows}
          getKey={(row) => row.post.id}
          selectedKey={route.itemId}
          onSelect={select}
          onOpen={() => focusPane('editor')}
          renderItem={(row, { isSelected }) => (
            <PostRow
              post={row.post}
              highlight={row.highlight}
              isSelected={isSelected}
              onToggleFavorite={onToggleFavorite}
              timeZone={timeZone}
            />
          )}
          empty={isFirstLoad ? 'Loading…' : isFiltered ? 'No posts match these filters.' : 'No posts here yet.'}
          footer={
            hasNextPage ? (
              <>
                <div ref={sentinel} className="posts-sentinel" aria-hidden="true" />
                <button type="button" className="button load-more" onClick={loadMore} disabled={loading}>
                  Load more
                </button>
              </>
            ) : null
          }
        />
      </div>
    </section>
  );
}
