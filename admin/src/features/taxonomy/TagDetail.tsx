import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { splitResult, thrownMessage } from '../../apollo/mutationResult';
import type { PaneProps } from '../../app/pane-types';
import { useNavigate } from '../../app/router/Router';
import { Dialog } from '../../components/Dialog';
import { TagsDocument, TaxonomyPostTotalDocument } from './documents';
import { TaxonomyForm } from './TaxonomyForm';
import { useDeleteTagMutation } from './useDeleteTagMutation';

/**
 * The selected tag: rename / re-slug it, or delete it after a confirmation that says how many
 * posts (drafts included, asked from the server) lose it (useDeleteTagMutation edits the cache).
 */
export function TagDetail({ route }: PaneProps) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data } = useQuery(TagsDocument);
  const tag = data?.tags.find((t) => t.id === route.itemId);
  const [confirming, setConfirming] = useState<{ postTotal: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleteTag, { loading }] = useDeleteTagMutation();

  if (!tag) {
    return (
      <section className="pane" aria-label="Tag" data-pane="editor" tabIndex={-1}>
        <p className="pane-empty">{route.itemId && !data ? 'Loading…' : 'Select a tag to rename it or change its slug.'}</p>
      </section>
    );
  }

  const askDelete = async () => {
    setError(null);
    const { data: total } = await client.query({
      query: TaxonomyPostTotalDocument,
      variables: { filter: { tagSlug: tag.slug, includeDrafts: true } },
      fetchPolicy: 'no-cache',
    });
    setConfirming({ postTotal: total?.posts.totalCount ?? tag.postCount });
  };
  const confirmDelete = async () => {
    try {
      const outcome = splitResult((await deleteTag({ variables: { id: tag.id } })).data?.deleteTag);
      if (!outcome.ok) return setError(outcome.error.message);
      setConfirming(null);
      navigate({ section: 'tags', itemId: null });
    } catch (e) {
      setError(thrownMessage(e));
    }
  };
  const count = confirming?.postTotal === 1 ? '1 post loses it' : `${confirming?.postTotal ?? 0} posts lose it`;

  return (
    <section className="pane" aria-label="Tag" data-pane="editor" tabIndex={-1}>
      <TaxonomyForm key={tag.id} subject={{ kind: 'tag', item: tag }} onDelete={askDelete} />
      {confirming ? (
        <Dialog title={`Delete tag “${tag.name}”?`} onClose={() => setConfirming(null)}>
          <p>{confirming.postTotal === 0 ? 'No post has it.' : `${count} (drafts included).`} This cannot be undone.</p>
          {error ? (
            <p role="alert" className="field-error">
              {error}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
            <button type="button" className="button destructive" onClick={confirmDelete} disabled={loading}>
              Delete tag
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
