// Shared setup of the editor's component tests (imported by *.test.tsx only): the app's provider
// stack around <PostEditor>, Apollo's MockedProvider with the app's cache policies, fixtures.
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import { createCache } from '../../../apollo/cache';
import { RouterProvider } from '../../../app/router/Router';
import { CommandsProvider } from '../../../app/shortcuts/commands';
import { ShortcutProvider } from '../../../app/shortcuts/ShortcutProvider';
import { SiteTimeZoneDocument } from '../../../app/site/useSiteTimeZone';
import { describeSaveState, SaveStateProvider, useSaveState } from '../../../app/status/SaveState';
import { PostEditorOptionsDocument } from './documents';
import { PostEditor } from './PostEditor';

export const CATEGORIES = [{ __typename: 'Category' as const, id: 'Q2F0OjE', name: 'Machine learning' }];

/** A draft whose slug is its title's slug (so the slug follows the title). */
export const DRAFT: PostEditor_PostFragment = {
  __typename: 'Post',
  id: 'UG9zdDox',
  title: 'First post',
  slug: 'first-post',
  kind: 'NOTE',
  status: 'DRAFT',
  summary: 'What it is about.',
  body: '# First',
  hasLab: false,
  version: 3,
  updatedAt: '2026-05-01T10:00:00.000Z',
  publishedAt: null,
  category: { __typename: 'Category', id: 'Q2F0OjE', name: 'Machine learning', slug: 'machine-learning' },
  tags: [{ __typename: 'Tag', id: 'VGFnOjE', name: 'ai', slug: 'ai' }],
};

const optionsMock: MockLink.MockedResponse = {
  request: { query: PostEditorOptionsDocument },
  result: {
    data: {
      categories: CATEGORIES,
      tags: [
        { __typename: 'Tag', id: 'VGFnOjE', name: 'ai' },
        { __typename: 'Tag', id: 'VGFnOjI', name: 'evals' },
      ],
    },
  },
  maxUsageCount: 10,
};

/** The site's zone: the header's "Scheduled for …" and the schedule dialog read it. */
const siteTimeZoneMock: MockLink.MockedResponse = {
  request: { query: SiteTimeZoneDocument },
  result: { data: { site: { __typename: 'Site', timeZone: 'Europe/Berlin' } } },
  maxUsageCount: 10,
};

/** The status bar's save slot, as text (what the author would read). */
function SaveStateProbe() {
  return <output aria-label="Save state">{describeSaveState(useSaveState())}</output>;
}

export function renderEditor({
  post = DRAFT,
  mocks = [],
}: {
  post?: PostEditor_PostFragment | null;
  mocks?: MockLink.MockedResponse[];
} = {}) {
  const calls = { created: [] as string[], deleted: [] as string[] };
  const view = render(
    <MockedProvider mocks={[optionsMock, siteTimeZoneMock, ...mocks]} cache={createCache()}>
      <RouterProvider>
        <ShortcutProvider>
          <CommandsProvider>
            <SaveStateProvider>
              <PostEditor
                post={post}
                onCreated={(id) => calls.created.push(id)}
                onDeleted={(id) => calls.deleted.push(id)}
                onNew={() => {}}
              />
              <SaveStateProbe />
            </SaveStateProvider>
          </CommandsProvider>
        </ShortcutProvider>
      </RouterProvider>
    </MockedProvider>,
  );
  return { ...view, calls };
}
