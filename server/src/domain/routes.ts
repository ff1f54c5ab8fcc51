import { parsePath, pathOf, postPath } from '#shared/paths.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { visiblePostWhere, visibleTagWhere, type Reader } from './visibility.ts';

/** What a path leads to: a live page (by database id), or a permanent redirect to another path. */
export type Route = { type: 'Post' | 'Category' | 'Tag'; id: string } | { type: 'Redirect'; location: string; permanent: true };

/**
 * What `input` (a path as a visitor or frontend asks for it) leads to for `reader`, or null:
 * 1. the path is read by the shared rule (shared/src/paths.ts: query and fragment dropped,
 *    percent-decoding, trailing slashes); anything that is not one of our paths is null;
 * 2. the live page with that slug that `reader` may see (visibility.ts: drafts and scheduled posts
 *    for editors only; a tag anonymously only while a published post carries it) — so a page that
 *    took an earlier page's old slug owns the path;
 * 3. else the path's stored redirect (redirects.ts), when its entity is visible and has a path:
 *    `location` is the entity's current path, so any chain of renames is one hop, and never the
 *    path asked for;
 * 4. else null.
 * Two statements at most (the live lookup, the redirect with its entity).
 */
export async function resolveRoute(prisma: PrismaClient, input: string, reader: Reader): Promise<Route | null> {
  const parsed = parsePath(input);
  if (!parsed) return null;
  const { kind, slug, path } = parsed;
  const live =
    kind === 'post'
      ? await prisma.post.findFirst({ where: { slug, ...visiblePostWhere(reader) }, select: { id: true } })
      : kind === 'category'
        ? await prisma.category.findUnique({ where: { slug }, select: { id: true } })
        : await prisma.tag.findFirst({ where: { slug, ...visibleTagWhere(reader) }, select: { id: true } });
  if (live) return { type: kind === 'post' ? 'Post' : kind === 'category' ? 'Category' : 'Tag', id: live.id };

  // The entity must be one `reader` may see: a tag by the tag rule (a post is checked by its path).
  const redirect = await prisma.pathRedirect.findFirst({
    where: {
      path,
      OR: [{ postId: { not: null } }, { categoryId: { not: null } }, { tagId: { not: null }, tag: { is: visibleTagWhere(reader) } }],
    },
    select: { post: { select: { slug: true, status: true } }, category: { select: { slug: true } }, tag: { select: { slug: true } } },
  });
  const location = redirect && redirectLocation(redirect);
  return location && location !== path ? { type: 'Redirect', location, permanent: true } : null;
}

/** The current path of a redirect's entity, or null when it has none. */
function redirectLocation(redirect: {
  post: { slug: string; status: string } | null;
  category: { slug: string } | null;
  tag: { slug: string } | null;
}): string | null {
  // A post's path exists only while it is published, which everyone may see.
  if (redirect.post) return postPath(redirect.post);
  if (redirect.category) return pathOf('category', redirect.category.slug);
  if (redirect.tag) return pathOf('tag', redirect.tag.slug);
  return null;
}
