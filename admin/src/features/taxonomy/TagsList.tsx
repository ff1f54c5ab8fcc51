import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { tagNameSchema } from '#shared/post-rules.ts';
import type { PaneProps } from '../../app/pane-types';
import { focusPane } from '../../app/chrome/panes-focus';
import { useNavigate } from '../../app/router/Router';
import { ListBox } from '../../components/ListBox';
import { TagsDocument } from './documents';
import { NewItemForm } from './NewItemForm';
import { useCreateTagMutation } from './useCreateTagMutation';
import './taxonomy.css';
import { PaneHeader } from '../../components/PaneHeader';

/**
 * Tags by name with their published-post counts. Editors also see tags only drafts carry
 * (count 0), so nothing is hidden from the author. Filter-as-you-type on the name, client-side:
 * the whole tag list is one small query.
 */
export function TagsList({ route }: PaneProps) {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(TagsDocument);
  const [filter, setFilter] = useState('');
  const tags = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (data?.tags ?? []).filter((t) => !needle || t.name.toLowerCase().includes(needle) || t.slug.includes(needle));
  }, [data, filter]);
  const [createTag] = useCreateTagMutation();
  const validate = (name: string) => {
    const parsed = tagNameSchema.safeParse(name);
    return parsed.success ? null : parsed.error.issues[0]!.message;
  };

  return (
    <section className="pane" aria-label="Tags" data-pane="list">
      <PaneHeader title="Tags" count={data ? `${tags.length} of ${data.tags.length} tags` : ''} />
      <NewItemForm
        noun="tag"
        validate={validate}
        create={async (name) => (await createTag({ variables: { input: { name } } })).data?.createTag}
        onCreated={(payload) => navigate({ section: 'tags', itemId: payload.tag.id })}
      />
      <div className="tag-filter">
        <input
          type="search"
          aria-label="Filter tags"
          placeholder="Filter tags"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {error ? (
        <p role="alert" className="pane-error">
          Could not load tags: {error.message}
        </p>
      ) : null}
      <div className="pane-scroll">
        <ListBox
          label="Tags"
          items={tags}
          getKey={(tag) => tag.id}
          selectedKey={route.itemId}
          onSelect={(id, via) => navigate({ section: 'tags', itemId: id }, { replace: via === 'keyboard' })}
          onOpen={() => focusPane('editor')}
          renderItem={(tag) => (
            <span className="tag-row">
              <span>{tag.name}</span>
              <span className="tag-count">
                {tag.postCount}
                <span className="visually-hidden"> published {tag.postCount === 1 ? 'post' : 'posts'}</span>
              </span>
            </span>
          )}
          empty={loading ? 'Loading…' : filter ? 'No tag matches.' : 'No tags yet.'}
        />
      </div>
    </section>
  );
}
