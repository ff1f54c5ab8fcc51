import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { PaneProps } from '../../app/pane-types';
import { useNavigate } from '../../app/router/Router';
import { CategoriesDocument, TaxonomyPostTotalDocument } from './documents';
import { TaxonomyForm } from './TaxonomyForm';
import { DeleteCategoryDialog } from './DeleteCategoryDialog';
import { useDeleteCategoryMutation } from './useDeleteCategoryMutation';

/**
 * The selected category: rename it, change its slug or description, or delete it. Deleting first
 * asks the server how many posts (drafts included) it holds, because they move with it.
 */
export function CategoryDetail({ route }: PaneProps) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data } = useQuery(CategoriesDocument);
  const categories = data?.categories ?? [];
  const category = categories.find((c) => c.id === route.itemId);
  const [deleting, setDeleting] = useState<{ postTotal: number } | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { remove, isDeleting } = useDeleteCategoryMutation();

  if (!category) {
    return (
      <section className="pane" aria-label="Category" data-pane="editor" tabIndex={-1}>
        <p className="pane-empty">
          {route.itemId && !data ? 'Loading…' : 'Select a category to rename it, change its slug or description, or delete it.'}
        </p>
      </section>
    );
  }

  const askDelete = async () => {
    setDeleteError(null);
    const { data: total } = await client.query({
      query: TaxonomyPostTotalDocument,
      variables: { filter: { categorySlug: category.slug, includeDrafts: true } },
      fetchPolicy: 'no-cache',
    });
    setDeleting({ postTotal: total?.posts.totalCount ?? category.postCount });
  };
  const confirmDelete = async (moveTo: string | null) => {
    const problem = await remove(category, moveTo);
    if (problem) return setDeleteError(problem);
    setDeleting(null);
    navigate({ section: 'categories', itemId: null });
  };

  return (
    <section className="pane" aria-label="Category" data-pane="editor" tabIndex={-1}>
      {/* key: a fresh form (fresh initial values) per category */}
      <TaxonomyForm key={category.id} subject={{ kind: 'category', item: category }} onDelete={askDelete} />
      {deleting ? (
        <DeleteCategoryDialog
          category={category}
          postTotal={deleting.postTotal}
          others={[...categories].sort((a, b) => a.position - b.position).filter((c) => c.id !== category.id)}
          onConfirm={confirmDelete}
          onCancel={() => setDeleting(null)}
          isDeleting={isDeleting}
          error={deleteError}
        />
      ) : null}
    </section>
  );
}
