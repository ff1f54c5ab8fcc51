import { lazy, Suspense, useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../__generated__';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { useSiteTimeZone } from '../../../app/site/useSiteTimeZone';
import { PostStatusBadge, scheduledFor } from '../PostStatusBadge';
import { ConflictDialog } from './ConflictDialog';
import { DeletePostDialog } from './DeletePostDialog';
import { PostEditorOptionsDocument } from './documents';
import { EditorToolbar } from './EditorToolbar';
import { PostEditorForm } from './PostEditorForm';
import { RestoreDraftOffer } from './RestoreDraftOffer';
import { ScheduleDialog } from './ScheduleDialog';
import { draftKey, removeDraft, useLocalDraft } from './useLocalDraft';
import { useEditorCommands } from './useEditorCommands';
import { usePostForm } from './usePostForm';
import { usePostLifecycle } from './usePostLifecycle';
import { usePreviewLink } from './usePreviewLink';
import { validateCopy } from './validate';
import './editor.css';

// Loaded when first opened: the History and its diff library stay out of the first download.
const PostHistory = lazy(() => import('../history/PostHistory').then((module) => ({ default: module.PostHistory })));

/**
 * Everything the editor shows and edits. Mutations select it too, so their results refresh the
 * cache entry the list rows read from.
 */
export const PostEditorFragment = graphql(`
  fragment PostEditor_post on Post {
    id
    title
    slug
    kind
    status
    summary
    body
    hasLab
    version
    updatedAt
    publishedAt
    category { id name slug }
    tags { id name slug }
  }
`);

export interface PostEditorProps {
  /** The post as loaded from the server; null for a new post. */
  post: PostEditor_PostFragment | null;
  onCreated: (id: string) => void;
  onDeleted: (id: string) => void;
  onNew: () => void;
}

/**
 * The post editor: fields with instant validation (shared rules), save/publish/schedule/unpublish/
 * delete, dirty tracking (derived from initial vs working copy), navigation guard, local autosave
 * with a restore offer, the conflict dialog, the post's History (in place of the fields) and its
 * preview link. Mounted once per post (keyed by the pane).
 */
export function PostEditor(props: PostEditorProps) {
  const [post, setPost] = useState(props.post);
  const [isDeleting, setIsDeleting] = useState(false);
  const [isDeleted, setIsDeleted] = useState(false);
  const [isScheduling, setIsScheduling] = useState(false);
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const timeZone = useSiteTimeZone();
  const previewLink = usePreviewLink(post?.id ?? null);
  const { data: options } = useQuery(PostEditorOptionsDocument);
  const categories = options?.categories ?? [];
  const knownTags = useMemo(() => options?.tags.map((tag) => tag.name) ?? [], [options]);

  const onSaved = useCallback(
    (saved: PostEditor_PostFragment, { wasNew }: { wasNew: boolean }) => {
      setPost(saved);
      if (wasNew) {
        removeDraft(draftKey(null));
        props.onCreated(saved.id);
      }
    },
    [props.onCreated],
  );
  const form = usePostForm({ post, categories, onSaved, isDeleted });
  const { save, phase, setPhase } = form;
  // Publishing must never publish something other than what the author sees: save first.
  const saveFirst = useCallback(async () => (form.isDirty || !post ? ((await save())?.post ?? null) : post), [form.isDirty, post, save]);
  const onDeleted = useCallback(
    (id: string) => {
      removeDraft(draftKey(id));
      flushSync(() => setIsDeleted(true)); // releases the navigation guard before the pane moves on
      props.onDeleted(id);
    },
    [props.onDeleted],
  );
  const lifecycle = usePostLifecycle({
    post,
    saveFirst,
    setPost,
    setPhase,
    showError: form.showError,
    showThrown: form.showThrown,
    onDeleted,
  });

  const { isDirty } = form;
  const isBusy = phase.kind === 'saving' || lifecycle.isBusy;

  // A newer server copy arrived (cache-and-network, or a conflict dialog's fetch): adopt it while
  // the author has nothing unsaved. Never mid-request: optimistic copies come through here too.
  // Only a new server copy triggers this, not the author's own state changes (an effect event
  // reads the latest dirty/busy/version without re-running when they change).
  const { rebase } = form;
  const adoptServerCopy = useEffectEvent((fresh: PostEditor_PostFragment | null) => {
    if (!fresh || isDirty || isBusy || fresh.version <= (post?.version ?? 0)) return;
    setPost(fresh);
    rebase(fresh);
  });
  useEffect(() => adoptServerCopy(props.post), [props.post]);
  const { offer, settleOffer } = useLocalDraft({ key: draftKey(post?.id ?? null), initial: form.initial, current: form.current, isDirty });
  const doSave = useCallback(() => void save(), [save]);
  const askDelete = useCallback(() => setIsDeleting(true), []);
  const openSchedule = useCallback(() => setIsScheduling(true), []);
  const toggleHistory = useCallback(() => setIsHistoryOpen((open) => !open), []);
  const copyPreviewLink = useCallback(() => void previewLink.copy(), [previewLink.copy]);
  // A restore (or the reload after a restore conflict) is a new server copy: it replaces the
  // working copy outright, and any autosaved edits of the old one go.
  const adoptRestored = useCallback(
    (fresh: PostEditor_PostFragment) => {
      setPost(fresh);
      rebase(fresh);
      removeDraft(draftKey(fresh.id));
      setPhase({ kind: 'saved', at: new Date() });
    },
    [rebase, setPhase],
  );
  useEditorCommands({
    post,
    save: doSave,
    publish: lifecycle.publish,
    schedule: openSchedule,
    unpublish: lifecycle.unpublish,
    copyPreviewLink,
    toggleHistory,
    askDelete,
  });

  // Instant feedback with the server's own rules, for the fields the author touched; messages
  // from the last save attempt (client or server) stay until the next one.
  // Memoised: the body's nesting rule scans it (linear, but ~200,000 characters at most).
  const liveErrors = useMemo(() => validateCopy(form.current), [form.current]);
  const { form: notice, ...fromSave } = form.errors;
  const errors = { ...Object.fromEntries(form.changed.map((name) => [name, liveErrors[name]])), ...fromSave };
  const title = form.current.title.trim() || (post ? 'Untitled' : 'New post');

  return (
    <div className="post-editor">
      <header className="pane-header editor-header">
        <h2>
          {title}
          {isDirty ? (
            <span aria-hidden="true" className="dirty-mark">
              {' '}
              •
            </span>
          ) : null}
          {isDirty ? <span className="visually-hidden"> (unsaved changes)</span> : null}
        </h2>
        {post ? <PostStatusBadge status={post.status} /> : null}
        {post?.status === 'SCHEDULED' && post.publishedAt ? (
          <span className="editor-scheduled">{scheduledFor(post.publishedAt, timeZone)}</span>
        ) : null}
      </header>
      <EditorToolbar
        status={post?.status ?? null}
        isNew={!post}
        isDirty={isDirty}
        isBusy={isBusy || previewLink.isBusy}
        isHistoryOpen={isHistoryOpen}
        onSave={doSave}
        onPublish={lifecycle.publish}
        onSchedule={openSchedule}
        onUnpublish={lifecycle.unpublish}
        onCopyPreviewLink={copyPreviewLink}
        onToggleHistory={toggleHistory}
        onDelete={askDelete}
        onNew={props.onNew}
      />
      {previewLink.note ? (
        <p className={previewLink.note.isError ? 'editor-notice' : 'editor-status'} role={previewLink.note.isError ? 'alert' : 'status'}>
          {previewLink.note.text}
        </p>
      ) : null}
      {offer ? (
        <RestoreDraftOffer
          draft={offer}
          onRestore={() => {
            form.replaceCurrent(offer.copy);
            settleOffer();
          }}
          onDiscard={() => {
            removeDraft(draftKey(post?.id ?? null));
            settleOffer();
          }}
        />
      ) : null}
      {notice ? (
        <p className="editor-notice" role="alert">
          {notice}
        </p>
      ) : null}
      <div className="pane-scroll">
        {post && isHistoryOpen ? (
          <Suspense fallback={<p role="status">Loading the history…</p>}>
            <PostHistory post={post} isDirty={isDirty} onRestored={adoptRestored} onReloaded={adoptRestored} />
          </Suspense>
        ) : (
          <PostEditorForm
            form={form}
            errors={errors}
            slugSuggestion={form.slugSuggestion}
            categories={categories}
            knownTags={knownTags}
            onUseSuggestion={(slug) => {
              // The author already asked to save; the suggestion is the fix, so one click does both.
              form.setField('slug', slug);
              form.clearErrors();
              void save({ values: { ...form.current, slug } });
            }}
            publishedSlug={post?.status === 'PUBLISHED' ? post.slug : null}
          />
        )}
      </div>
      {post && form.conflictVersion !== null ? (
        <ConflictDialog
          postId={post.id}
          mine={form.current}
          categories={categories}
          onClose={form.clearFailure}
          onReloadTheirs={(theirs) => {
            form.clearFailure();
            setPost(theirs);
            form.rebase(theirs);
            setPhase({ kind: 'idle' });
          }}
          onOverwrite={() => {
            const version = form.conflictVersion!;
            form.clearFailure();
            void form.overwrite(version);
          }}
        />
      ) : null}
      {/* The site's zone is asked for at start-up; until it is known no time can be read correctly. */}
      {isScheduling && timeZone ? (
        <ScheduleDialog
          timeZone={timeZone}
          current={post?.status === 'SCHEDULED' ? (post.publishedAt ?? null) : null}
          isBusy={isBusy}
          onClose={() => setIsScheduling(false)}
          onSchedule={(publishedAt) => {
            setIsScheduling(false);
            void lifecycle.schedule(publishedAt);
          }}
        />
      ) : null}
      {isDeleting && post ? (
        <DeletePostDialog
          title={form.current.title}
          isBusy={lifecycle.isBusy}
          onClose={() => setIsDeleting(false)}
          onConfirm={() => void lifecycle.remove().then((ok) => !ok && setIsDeleting(false))}
        />
      ) : null}
    </div>
  );
}
