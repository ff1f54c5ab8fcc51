import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { PaneProps } from '../../app/panes';
import { useNavigate } from '../../app/router/Router';
import { useCommands, type Command } from '../../app/shortcuts/commands';
import { ListBox } from '../../components/ListBox';
import { focusPane } from '../../app/chrome/panes-focus';
import { PostsListDocument } from './documents';
import { POST_SECTION_FILTERS, POSTS_PAGE_SIZE } from './filters';
import { PostRow } from './PostRow';
import './posts.css';

/**
 * The list pane of the Posts sections: newest first, keyset pages ("Load more" appends through
 * the cache's merge). Selecting a row puts its id in the URL; Enter moves focus to the editor.
 * Every loaded post is also an "Open post …" command in the palette.
 */
export function PostsList({ route }: PaneProps) {
  const navigate = useNavigate();
  const filter = POST_SECTION_FILTERS[route.section] ?? POST_SECTION_FILTERS.posts;
  const { data, loading, error, fetchMore } = useQuery(PostsListDocument, { variables: { first: POSTS_PAGE_SIZE, filter } });
  const connection = data?.posts;
  const posts = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);

  const commands = useMemo<Command[]>(() => posts.map((post) => ({
    id: `post:open:${post.id}`,
    label: `Open post: ${post.title}`,
    group: 'Posts',
    keywords: post.slug,
    run: () => navigate({ section: route.section, itemId: post.id }),
  })), [posts, navigate, route.section]);
  useCommands(commands);

  const select = (id: string, via: 'keyboard' | 'pointer') => navigate({ section: route.section, itemId: id }, { replace: via === 'keyboard' });
  const loadMore = () => void fetchMore({ variables: { after: connection?.pageInfo.endCursor } });

  return (
    <section className="pane" aria-label="Posts" data-pane="list">
      <header className="pane-header">
        <h2>Posts</h2>
        <span className="pane-count" aria-live="polite">{connection ? `${connection.totalCount} posts` : ''}</span>
      </header>
      {error ? <p role="alert" className="pane-error">Could not load posts: {error.message}</p> : null}
      <div className="pane-scroll">
        <ListBox label="Posts" items={posts} getKey={(post) => post.id} selectedKey={route.itemId}
          onSelect={select} onOpen={() => focusPane('editor')}
          renderItem={(post) => <PostRow post={post} />}
          empty={loading ? 'Loading…' : 'No posts here yet.'}
          footer={connection?.pageInfo.hasNextPage ? (
            <button type="button" className="button load-more" onClick={loadMore} disabled={loading}>Load more</button>
          ) : null} />
      </div>
    </section>
  );
}
