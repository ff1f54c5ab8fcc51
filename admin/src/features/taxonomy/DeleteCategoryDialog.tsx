import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';

export interface DeleteCategoryDialogProps {
  category: { id: string; name: string };
  /** Every post in the category, drafts included (they move too). */
  postTotal: number;
  /** The categories its posts could move to (not including it). */
  others: readonly { id: string; name: string }[];
  /** moveToCategoryId: a category id, or null for "leave them uncategorized". */
  onConfirm: (moveToCategoryId: string | null) => void;
  onCancel: () => void;
  isDeleting?: boolean;
  error?: string | null;
}

/**
 * Asks what happens to a category's posts before deleting it: move them to another category
 * (chosen in a select) or leave them uncategorized — the two things deleteCategory can do. A
 * category without posts just asks for confirmation.
 */
export function DeleteCategoryDialog({ category, postTotal, others, onConfirm, onCancel, isDeleting, error }: DeleteCategoryDialogProps) {
  const id = useId();
  const [choice, setChoice] = useState<'move' | 'uncategorize'>(others.length > 0 ? 'move' : 'uncategorize');
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const posts = postTotal === 1 ? '1 post' : `${postTotal} posts`;
  const confirm = () => onConfirm(postTotal > 0 && choice === 'move' ? target : null);

  return (
    <Dialog title={`Delete category “${category.name}”?`} onClose={onCancel}>
      {postTotal === 0 ? (
        <p>It has no posts. This cannot be undone.</p>
      ) : (
        <fieldset className="delete-choices">
          <legend>It has {posts} (drafts included). What happens to them?</legend>
          <div className="delete-choice">
            <input
              type="radio"
              id={`${id}-move`}
              name={`${id}-choice`}
              checked={choice === 'move'}
              disabled={others.length === 0}
              onChange={() => setChoice('move')}
            />
            <label htmlFor={`${id}-move`}>Move them to</label>
            <select
              aria-label="Category to move the posts to"
              value={target}
              disabled={choice !== 'move' || others.length === 0}
              onChange={(e) => setTarget(e.target.value)}
            >
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
          </div>
          <div className="delete-choice">
            <input
              type="radio"
              id={`${id}-none`}
              name={`${id}-choice`}
              checked={choice === 'uncategorize'}
              onChange={() => setChoice('uncategorize')}
            />
            <label htmlFor={`${id}-none`}>Leave them uncategorized</label>
          </div>
        </fieldset>
      )}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button destructive" onClick={confirm} disabled={isDeleting}>
          {isDeleting ? 'Deleting…' : 'Delete category'}
        </button>
      </div>
    </Dialog>
  );
}
