import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { useSiteTimeZone } from '../../../app/site/useSiteTimeZone';
import { splitResult, thrownMessage } from '../../../apollo/mutationResult';
import { Dialog } from '../../../components/Dialog';
import { formatDateTime } from '../../../components/formatDate';
import { ListBox } from '../../../components/ListBox';
import { PostEditorDocument } from '../editor/documents';
import { PostHistoryDocument } from './documents';
import { RevisionDiff } from './RevisionDiff';
import { useRestorePostRevisionMutation } from './useRestorePostRevisionMutation';
import './history.css';

/**
 * The History of a post, inside its editor: revisions newest first (version, author, time on the
 * site's clocks); the selected one's differences from the current version (RevisionDiff); Restore
 * after a confirmation. Restoring is guarded by the version the editor holds: if someone saved the
 * post meanwhile the gateway answers ConflictError and nothing changes — the dialog offers to
 * reload their version (never a silent retry), after which the diff is against it.
 */
export function PostHistory({
  post,
  isDirty,
  onRestored,
  onReloaded,
}: {
  post: PostEditor_PostFragment;
  /** The editor has unsaved edits: restoring discards them, and the confirmation says so. */
  isDirty: boolean;
  onRestored: (post: PostEditor_PostFragment) => void;
  onReloaded: (post: PostEditor_PostFragment) => void;
}) {
  const client = useApolloClient();
  const timeZone = useSiteTimeZone();
  const { data, loading, error } = useQuery(PostHistoryDocument, { variables: { id: post.id }, fetchPolicy: 'cache-and-network' });
  const [restore, { loading: isRestoring }] = useRestorePostRevisionMutation();
  const history = data?.node?.__typename === 'Post' ? data.node.revisions : null;
  const revisions = history?.edges.map((edge) => edge.node) ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = revisions.find((revision) => revision.id === selectedId) ?? null;
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const confirmRestore = async () => {
    if (!selected) return;
    try {
      const outcome = splitResult(
        (await restore({ variables: { input: { postId: post.id, revisionId: selected.id, expectedVersion: post.version } } })).data
          ?.restorePostRevision,
      );
      setConfirming(false);
      if (outcome.ok) {
        onRestored(outcome.payload.post);
        setSelectedId(null);
        setMessage({ text: `Restored version ${selected.version}; saved as version ${outcome.payload.post.version}.`, isError: false });
      } else if (outcome.error.__typename === 'ConflictError') {
        setConflict(outcome.error.currentVersion);
      } else {
        setMessage({ text: `Not restored: ${outcome.error.message}`, isError: true });
      }
    } catch (e) {
      setConfirming(false);
      setMessage({ text: `Not restored: ${thrownMessage(e)}`, isError: true });
    }
  };

  const reloadTheirs = async () => {
    setConflict(null);
    try {
      const { data: fresh } = await client.query({ query: PostEditorDocument, variables: { id: post.id }, fetchPolicy: 'network-only' });
      if (fresh?.node?.__typename === 'Post') onReloaded(fresh.node);
      await client.refetchQueries({ include: [PostHistoryDocument] });
      setMessage({ text: 'Reloaded the current version; compare again before restoring.', isError: false });
    } catch (e) {
      setMessage({ text: `Could not reload: ${thrownMessage(e)}`, isError: true });
    }
  };

  const label = (revision: { version: number }) => `version ${revision.version}`;
  return (
    <div className="post-history">
      <div className="post-history-list">
        <h3>History</h3>
        {error ? (
          <p role="alert" className="pane-error">
            Could not load the history: {error.message}
          </p>
        ) : null}
        {loading && !history ? <p role="status">Loading…</p> : null}
        {history ? (
          <ListBox
            label="Revisions"
            items={revisions}
            getKey={(revision) => revision.id}
            selectedKey={selectedId}
            onSelect={(id) => setSelectedId(id)}
            empty={<p className="pane-note">No revisions yet.</p>}
            renderItem={(revision) => (
              <span className="revision-row">
                <span className="revision-row-version">
                  Version {revision.version}
                  {revision.version === post.version ? ' (current)' : ''}
                </span>
                <span className="revision-row-meta">
                  {revision.author?.name ?? 'Unknown author'} ·{' '}
                  <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt, timeZone)}</time>
                </span>
              </span>
            )}
            footer={
              history.pageInfo.hasNextPage ? (
                <p className="pane-note">
                  The newest {revisions.length} of {history.totalCount} revisions.
                </p>
              ) : null
            }
          />
        ) : null}
      </div>
      <div className="post-history-detail">
        {message ? (
          <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'field-error' : 'form-status'}>
            {message.text}
          </p>
        ) : null}
        {selected ? (
          <>
            <div className="post-history-actions">
              <p>
                <strong>Version {selected.version}</strong> compared with the current version ({post.version}).
              </p>
              <button
                type="button"
                className="button"
                disabled={isRestoring || selected.version === post.version}
                onClick={() => setConfirming(true)}
              >
                Restore this version…
              </button>
            </div>
            <RevisionDiff revision={selected} current={post} revisionLabel={label(selected)} />
          </>
        ) : (
          <p className="pane-empty">Select a revision to see how it differs from the current version.</p>
        )}
      </div>
      {confirming && selected ? (
        <Dialog title={`Restore version ${selected.version}?`} onClose={() => setConfirming(false)}>
          <p>
            The post's content becomes that of version {selected.version}, saved as a new version; the current one stays in the history.
            {isDirty ? ' Your unsaved edits in the editor are discarded.' : ''}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button type="button" className="button primary" disabled={isRestoring} onClick={() => void confirmRestore()}>
              Restore version {selected.version}
            </button>
          </div>
        </Dialog>
      ) : null}
      {conflict !== null ? (
        <Dialog title="This post was changed by someone else" onClose={() => setConflict(null)}>
          <p>
            Someone saved this post after you opened it (now version {conflict}), so nothing was restored. Reload their version, check the
            differences again, then restore.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setConflict(null)}>
              Cancel
            </button>
            <button type="button" className="button primary" onClick={() => void reloadTheirs()}>
              Reload their version
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
