import { useQuery } from '@apollo/client/react';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { Dialog } from '../../../components/Dialog';
import { PostEditorDocument } from './documents';
import { changedFields, copyFromPost, displayValue, FIELD_LABELS, type WorkingCopy } from './workingCopy';

/**
 * ConflictError: someone saved this post after you opened it. Fetches THEIR version (network,
 * never the cache) and shows it beside YOURS, only the fields that differ. "Reload theirs"
 * drops your edits; "Overwrite with mine" saves yours against their version. Nothing happens
 * silently: Escape just closes, and your edits stay unsaved.
 */
export function ConflictDialog({
  postId,
  mine,
  categories,
  onReloadTheirs,
  onOverwrite,
  onClose,
}: {
  postId: string;
  mine: WorkingCopy;
  categories: readonly { id: string; name: string }[];
  onReloadTheirs: (theirs: PostEditor_PostFragment) => void;
  onOverwrite: () => void;
  onClose: () => void;
}) {
  const { data, loading, error } = useQuery(PostEditorDocument, { variables: { id: postId }, fetchPolicy: 'network-only' });
  const theirs = data?.node?.__typename === 'Post' ? data.node : null;
  const theirCopy = theirs ? copyFromPost(theirs) : null;
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.name ?? '(unknown category)';
  const differing = theirCopy ? changedFields(theirCopy, mine) : [];

  return (
    <Dialog title="This post was changed by someone else" onClose={onClose} className="conflict-dialog">
      <p>Someone saved this post after you opened it{theirs ? ` (now version ${theirs.version})` : ''}. Choose which version to keep.</p>
      {loading && !theirs ? <p role="status">Loading their version…</p> : null}
      {error ? <p role="alert">Could not load their version: {error.message}</p> : null}
      {!loading && !error && !theirs ? <p role="alert">The post no longer exists.</p> : null}
      {theirCopy ? (
        differing.length === 0 ? (
          <p>Their fields are the same as yours (only the version differs).</p>
        ) : (
          <table className="conflict-table" aria-label="Differences">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Theirs</th>
                <th scope="col">Yours</th>
              </tr>
            </thead>
            <tbody>
              {differing.map((name) => (
                <tr key={name}>
                  <th scope="row">{FIELD_LABELS[name]}</th>
                  <td className="conflict-value">{displayValue(name, theirCopy, categoryName)}</td>
                  <td className="conflict-value">{displayValue(name, mine, categoryName)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={!theirs} onClick={() => theirs && onReloadTheirs(theirs)}>
          Reload theirs
        </button>
        <button type="button" className="button primary" disabled={!theirs} onClick={onOverwrite}>
          Overwrite with mine
        </button>
      </div>
    </Dialog>
  );
}
