/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation TestCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name revokedAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n": typeof types.TestCreateApiTokenDocument,
    "\n  mutation TestRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { __typename ... on RevokeApiTokenPayload { apiToken { revokedAt } } } }\n": typeof types.TestRevokeApiTokenDocument,
    "mutation TestRevokeApiTokenTypename($id: ID!) { revokeApiToken(id: $id) { __typename } }": typeof types.TestRevokeApiTokenTypenameDocument,
    "query TestWhoAmI { viewer { email authenticatedWith apiTokens { name lastUsedAt revokedAt } } }": typeof types.TestWhoAmIDocument,
    "\n  mutation TestLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ...MutationError ... on LoginPayload { viewer { email } } }\n  }\n": typeof types.TestLoginDocument,
    "query TestViewer { viewer { email authenticatedWith } }": typeof types.TestViewerDocument,
    "mutation TestLogout { logout }": typeof types.TestLogoutDocument,
    "\n  mutation TestCreateTagAs($name: String!) { createTag(input: { name: $name }) { __typename ...MutationError } }\n": typeof types.TestCreateTagAsDocument,
    "\n  mutation BurstReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) {\n      __typename ...MutationError ... on FavoritesPayload { revision favorites { id } }\n    }\n  }\n": typeof types.BurstReorderFavoritesDocument,
    "query FavoriteIds { favorites { id } }": typeof types.FavoriteIdsDocument,
    "\n  mutation CountersCreateCategory($input: CreateCategoryInput!) {\n    r: createCategory(input: $input) { __typename ... on CreateCategoryPayload { category { id } } }\n  }\n": typeof types.CountersCreateCategoryDocument,
    "\n  mutation CountersDeleteCategory($input: DeleteCategoryInput!) { r: deleteCategory(input: $input) { __typename } }\n": typeof types.CountersDeleteCategoryDocument,
    "mutation CountersDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }": typeof types.CountersDeleteTagDocument,
    "\n  mutation CountersRestore($input: RestorePostRevisionInput!) { r: restorePostRevision(input: $input) { __typename } }\n": typeof types.CountersRestoreDocument,
    "\n  query CountersCounts($categorySlug: String, $tagSlug: String) {\n    all: posts(first: 0) { totalCount }\n    notes: posts(first: 0, filter: { kind: NOTE }) { totalCount }\n    shorts: posts(first: 0, filter: { kind: SHORT }) { totalCount }\n    category: posts(first: 0, filter: { categorySlug: $categorySlug }) { totalCount }\n    categoryNotes: posts(first: 0, filter: { kind: NOTE, categorySlug: $categorySlug }) { totalCount }\n    tag: posts(first: 0, filter: { tagSlug: $tagSlug }) { totalCount }\n    tagShorts: posts(first: 0, filter: { kind: SHORT, tagSlug: $tagSlug }) { totalCount }\n    categories { slug postCount }\n    tags { slug postCount }\n  }\n": typeof types.CountersCountsDocument,
    "\n  mutation UnicodeSignIn($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on LoginPayload { viewer { email } } }\n  }\n": typeof types.UnicodeSignInDocument,
    "\n  fragment FavoritesResult on FavoritesPayload { revision favorites { slug isFavorite } }\n": typeof types.FavoritesResultFragmentDoc,
    "\n  mutation TestReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n": typeof types.TestReorderFavoritesDocument,
    "\n  mutation TestAddFavorite($id: ID!, $rev: Int) {\n    result: addFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n": typeof types.TestAddFavoriteDocument,
    "\n  mutation TestRemoveFavorite($id: ID!, $rev: Int) {\n    result: removeFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n": typeof types.TestRemoveFavoriteDocument,
    "query PublicFavorites { favorites { slug } homeFeed { favorites { slug } } }": typeof types.PublicFavoritesDocument,
    "query IsFavorite($slug: String!) { post(slug: $slug) { isFavorite } }": typeof types.IsFavoriteDocument,
    "query AllLabs { posts(first: 100) { edges { node { title hasLab } } } }": typeof types.AllLabsDocument,
    "mutation RaceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }": typeof types.RaceLoginDocument,
    "\n  query ArgsList($filter: PostFilter, $first: Int) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title } } }\n  }\n": typeof types.ArgsListDocument,
    "query ArgsUnknownSlugs { post(slug: \"nope\") { id } category(slug: \"nope\") { id } tag(slug: \"nope\") { id } }": typeof types.ArgsUnknownSlugsDocument,
    "\n  query ArgsCategoryPosts($after: String) {\n    category(slug: \"embeddings-and-retrieval\") {\n      name\n      postCount\n      posts(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title category { slug } } } }\n    }\n  }\n": typeof types.ArgsCategoryPostsDocument,
    "query ArgsTagPosts { tag(slug: \"reward-model\") { name postCount posts { totalCount edges { node { title } } } } }": typeof types.ArgsTagPostsDocument,
    "\n  query Page($first: Int, $after: String, $last: Int, $before: String) {\n    posts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { title slug } }\n    }\n  }\n": typeof types.PageDocument,
    "query PostHtml($slug: String!) { post(slug: $slug) { html readingTimeMinutes } }": typeof types.PostHtmlDocument,
    "query AllPostsHtml { posts(first: 100, filter: { includeDrafts: true }) { edges { node { slug html } } } }": typeof types.AllPostsHtmlDocument,
    "query PageHtml { posts(first: 10) { edges { node { slug html readingTimeMinutes } } } }": typeof types.PageHtmlDocument,
    "\n  query PublicSlugs {\n    posts(first: 100) { edges { node { slug } } }\n    homeFeed { notes(first: 100) { edges { node { slug } } } }\n  }\n": typeof types.PublicSlugsDocument,
    "query PostId($slug: String!) { post(slug: $slug) { id } }": typeof types.PostIdDocument,
    "query PostTitle($slug: String!) { post(slug: $slug) { title } }": typeof types.PostTitleDocument,
    "mutation AddFavoriteTypename($id: ID!) { addFavorite(postId: $id) { __typename } }": typeof types.AddFavoriteTypenameDocument,
    "\n  query SearchPage($first: Int, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { title status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  mutation PreviewCreateLink($postId: ID!, $minutes: Int) {\n    result: createPreviewLink(postId: $postId, expiresInMinutes: $minutes) {\n      __typename\n      ...MutationError\n      ... on PreviewLink { token url expiresAt }\n    }\n  }\n": typeof types.PreviewCreateLinkDocument,
    "\n  mutation PreviewRevokeLinks($postId: ID!) {\n    result: revokePreviewLinks(postId: $postId) { __typename ...MutationError ... on RevokePreviewLinksPayload { revokedCount } }\n  }\n": typeof types.PreviewRevokeLinksDocument,
    "query PreviewPost($token: String!) { preview(token: $token) { id title status body } }": typeof types.PreviewPostDocument,
    "\n  query PreviewTags($token: String!) { preview(token: $token) { title tags { name postCount posts(first: 1) { totalCount } } } }\n": typeof types.PreviewTagsDocument,
    "\n  mutation LimitsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on TooManyAttemptsError { retryAfterSeconds message } }\n  }\n": typeof types.LimitsLoginDocument,
    "query LimitsSiteTitle { site { title } }": typeof types.LimitsSiteTitleDocument,
    "query CoalesceNewestPost { posts(first: 1) { edges { node { id version } } } }": typeof types.CoalesceNewestPostDocument,
    "mutation CoalesceTouchPost($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }": typeof types.CoalesceTouchPostDocument,
    "\n  query Revisions($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      version\n      revisions(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id version createdAt author { id name } kind title slug summary body tags category { slug } hasLab status publishedAt } }\n      }\n    }\n  }\n": typeof types.RevisionsDocument,
    "\n  mutation RestoreRevision($input: RestorePostRevisionInput!) {\n    result: restorePostRevision(input: $input) {\n      __typename ...MutationError\n      ... on RestorePostRevisionPayload { post { ...PostFields body path } }\n    }\n  }\n": typeof types.RestoreRevisionDocument,
    "query RevisionNode($id: ID!) { node(id: $id) { __typename ... on PostRevision { version title } } }": typeof types.RevisionNodeDocument,
    "\n  mutation RevisionsDeleteCategory($i: DeleteCategoryInput!) { r: deleteCategory(input: $i) { __typename } }\n": typeof types.RevisionsDeleteCategoryDocument,
    "mutation RevisionsDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }": typeof types.RevisionsDeleteTagDocument,
    "\n  query Route($path: String!) {\n    route(path: $path) {\n      __typename\n      # Aliased: Post.path is nullable, Category.path and Tag.path are not, and GraphQL refuses\n      # one response key with two types across a union's members.\n      ... on Post { slug postPath: path postUrl: url }\n      ... on Category { slug path url }\n      ... on Tag { slug path url }\n      ... on Redirect { location permanent }\n    }\n  }\n": typeof types.RouteDocument,
    "\n  query Addresses($slug: String!) { post(slug: $slug) { status path url category { path url } tags { path url } } }\n": typeof types.AddressesDocument,
    "\n  mutation RouteCategorySlug($i: UpdateCategoryInput!) { r: updateCategory(input: $i) { __typename } }\n": typeof types.RouteCategorySlugDocument,
    "\n  mutation RouteCategory($i: CreateCategoryInput!) { r: createCategory(input: $i) { __typename ... on CreateCategoryPayload { category { id } } } }\n": typeof types.RouteCategoryDocument,
    "mutation RouteTagSlug($i: UpdateTagInput!) { r: updateTag(input: $i) { __typename } }": typeof types.RouteTagSlugDocument,
    "query RouteTagId($slug: String!) { tag(slug: $slug) { id } }": typeof types.RouteTagIdDocument,
    "\n  query SchedulingAnonymousPaths($slug: String!, $id: ID!, $ids: [ID!]!) {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    notes: posts(first: 100, filter: { kind: NOTE }) { totalCount edges { node { slug } } }\n    llm: posts(first: 100, filter: { categorySlug: \"llm\" }) { totalCount edges { node { slug } } }\n    rlhf: posts(first: 100, filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { slug } } }\n    found: posts(filter: { search: \"Scheduled:\" }) { totalCount }\n    post(slug: $slug) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    tag(slug: \"rlhf\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    onlyScheduled: tag(slug: \"scheduled-only-topic\") { slug }\n    categories { slug postCount }\n    tags { slug }\n    favorites { slug }\n  }\n": typeof types.SchedulingAnonymousPathsDocument,
    "\n  query SchedulingStatusList($filter: PostFilter) { posts(first: 100, filter: $filter) { totalCount edges { node { slug status publishedAt } } } }\n": typeof types.SchedulingStatusListDocument,
    "query SchedulingBySlug($slug: String!) { post(slug: $slug) { slug status publishedAt version } }": typeof types.SchedulingBySlugDocument,
    "\n  query Search($query: String!, $first: Int, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor rank highlight node { title status kind tags { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation SearchRenameTag($input: UpdateTagInput!) { result: updateTag(input: $input) { __typename } }\n": typeof types.SearchRenameTagDocument,
    "mutation CookieFormsCsrfBypass { updateSite(input: { description: \"csrf-bypass\" }) { __typename } }": typeof types.CookieFormsCsrfBypassDocument,
    "query CookieFormsViewer { viewer { email } }": typeof types.CookieFormsViewerDocument,
    "\n  mutation SharedStateLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }\n": typeof types.SharedStateLoginDocument,
    "\n  mutation TestUpdateSite($input: UpdateSiteInput!) {\n    r: updateSite(input: $input) { __typename ...MutationError ... on UpdateSitePayload { site { title description baseUrl timeZone } } }\n  }\n": typeof types.TestUpdateSiteDocument,
    "query PublicSite { site { title description baseUrl timeZone } }": typeof types.PublicSiteDocument,
    "\n  query ScaleHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { slug title category { name } tags { name } isFavorite }\n    }\n  }\n": typeof types.ScaleHomeFeedDocument,
    "\n  query ScalePostsPage { posts(first: 50) { totalCount edges { node { slug title category { name } tags { name } isFavorite html } } } }\n": typeof types.ScalePostsPageDocument,
    "\n  query ScaleCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { slug title tags { name } } } } }\n  }\n": typeof types.ScaleCategoryPageDocument,
    "\n  query ScalePostBySlug($slug: String!) { post(slug: $slug) { slug title category { name } tags { name } isFavorite } }\n": typeof types.ScalePostBySlugDocument,
    "\n  query CountHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { title category { name } tags { name } isFavorite }\n    }\n  }\n": typeof types.CountHomeFeedDocument,
    "\n  query CountPostsPage { posts(first: 50) { totalCount edges { node { title category { name } tags { name } isFavorite html } } } }\n": typeof types.CountPostsPageDocument,
    "\n  query CountPostsPageAddresses { posts(first: 50) { edges { node { title path url category { path url } tags { path url } } } } }\n": typeof types.CountPostsPageAddressesDocument,
    "\n  query CountPostBySlug { post(slug: \"how-llms-learn-human-preferences-rlhf-rlaif-and-beyond\") { title category { name } tags { name } } }\n": typeof types.CountPostBySlugDocument,
    "\n  query CountCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { title tags { name } } } } }\n  }\n": typeof types.CountCategoryPageDocument,
    "fragment CategoryFields on Category { id slug name description position }": typeof types.CategoryFieldsFragmentDoc,
    "\n  mutation TestCreateCategory($i: CreateCategoryInput!) {\n    r: createCategory(input: $i) { __typename ...MutationError ... on CreateCategoryPayload { category { ...CategoryFields } } }\n  }\n": typeof types.TestCreateCategoryDocument,
    "\n  mutation TestUpdateCategory($i: UpdateCategoryInput!) {\n    r: updateCategory(input: $i) { __typename ...MutationError ... on UpdateCategoryPayload { category { ...CategoryFields } } }\n  }\n": typeof types.TestUpdateCategoryDocument,
    "\n  mutation TestDeleteCategory($i: DeleteCategoryInput!) {\n    r: deleteCategory(input: $i) { __typename ...MutationError ... on DeleteCategoryPayload { deletedCategoryId } }\n  }\n": typeof types.TestDeleteCategoryDocument,
    "\n  mutation TestReorderCategories($ids: [ID!]!) {\n    r: reorderCategories(ids: $ids) { __typename ...MutationError ... on ReorderCategoriesPayload { categories { slug position } } }\n  }\n": typeof types.TestReorderCategoriesDocument,
    "\n  mutation TestCreateTag($i: CreateTagInput!) {\n    r: createTag(input: $i) { __typename ...MutationError ... on CreateTagPayload { tag { id slug name } } }\n  }\n": typeof types.TestCreateTagDocument,
    "\n  mutation TestUpdateTag($i: UpdateTagInput!) {\n    r: updateTag(input: $i) { __typename ...MutationError ... on UpdateTagPayload { tag { id slug name } } }\n  }\n": typeof types.TestUpdateTagDocument,
    "\n  mutation TestDeleteTag($id: ID!) {\n    r: deleteTag(id: $id) { __typename ...MutationError ... on DeleteTagPayload { deletedTagId } }\n  }\n": typeof types.TestDeleteTagDocument,
    "query PublicCategorySlugs { categories { slug } }": typeof types.PublicCategorySlugsDocument,
    "query FeedCategorySlugs { homeFeed { categories { slug } } }": typeof types.FeedCategorySlugsDocument,
    "query TagName($slug: String!) { tag(slug: $slug) { name } }": typeof types.TagNameDocument,
    "\n  mutation RaceCreatePostWithTag($t: String!, $tag: String!) {\n    result: createPost(input: { title: $t, kind: SHORT, tags: [$tag] }) {\n      __typename\n      ... on CreatePostPayload { post { tags { id name } } }\n    }\n  }\n": typeof types.RaceCreatePostWithTagDocument,
    "mutation RaceCreateCategory { result: createCategory(input: { name: \"Racing\" }) { __typename } }": typeof types.RaceCreateCategoryDocument,
    "\n  mutation RaceCreateTag($n: String!) { result: createTag(input: { name: $n, slug: \"same-slug\" }) { __typename } }\n": typeof types.RaceCreateTagDocument,
    "\n  mutation RaceAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename ... on FavoritesPayload { favorites { id } } } }\n": typeof types.RaceAddFavoriteDocument,
    "\n  mutation RaceCreatePostSameSlug($t: String!) {\n    result: createPost(input: { title: $t, slug: \"one-slug\", kind: SHORT, tags: [\"Shared New Tag\"] }) {\n      __typename\n      ... on SlugTakenError { slug path }\n    }\n  }\n": typeof types.RaceCreatePostSameSlugDocument,
    "\n  mutation VisibilityCreateDraft($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on CreatePostPayload { post { id status } } ... on Error { message } }\n  }\n": typeof types.VisibilityCreateDraftDocument,
    "\n  query VisibilityPostLists {\n    all: posts(first: 100) { totalCount edges { node { title } } }\n    shorts: posts(filter: { kind: SHORT }) { totalCount edges { node { title } } }\n    llm: posts(filter: { categorySlug: \"llm\" }) { totalCount edges { node { title } } }\n    rlhf: posts(filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { title } } }\n  }\n": typeof types.VisibilityPostListsDocument,
    "\n  query VisibilityFilteredPosts($filter: PostFilter) { posts(filter: $filter) { totalCount edges { node { title } } } }\n": typeof types.VisibilityFilteredPostsDocument,
    "\n  query VisibilityDraftLookups($id: ID!, $ids: [ID!]!, $note: String!, $short: String!) {\n    post(slug: $note) { id }\n    short: post(slug: $short) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id ... on Post { title } }\n  }\n": typeof types.VisibilityDraftLookupsDocument,
    "\n  query VisibilityTaxonomy {\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { title } } } }\n    rlhf: tag(slug: \"rlhf\") { postCount posts { totalCount edges { node { title } } } }\n    onlyDrafts: tag(slug: \"reward-hacking\") { postCount posts { totalCount edges { node { title } } } }\n    categories { name postCount }\n    tags { slug }\n  }\n": typeof types.VisibilityTaxonomyDocument,
    "query VisibilityFavorites { favorites { title } }": typeof types.VisibilityFavoritesDocument,
    "query VisibilityViewer { viewer { email } }": typeof types.VisibilityViewerDocument,
    "\n  query VisibilityEditorDraft($id: ID!, $slug: String!) {\n    post(slug: $slug) { title status isFavorite category { slug } tags { slug } }\n    node(id: $id) { ... on Post { title } }\n  }\n": typeof types.VisibilityEditorDraftDocument,
    "\n  query VisibilityEditorLists($first: Int, $filter: PostFilter) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title status } } }\n  }\n": typeof types.VisibilityEditorListsDocument,
    "query VisibilityDraftOnlyTag { tag(slug: \"reward-hacking\") { slug postCount } tags { slug } }": typeof types.VisibilityDraftOnlyTagDocument,
    "query VisibilityPublishedCount { posts(first: 100) { totalCount } }": typeof types.VisibilityPublishedCountDocument,
    "query TestWebhookNode($id: ID!) { node(id: $id) { __typename ... on Webhook { url } } }": typeof types.TestWebhookNodeDocument,
    "mutation NoChangeLogout { logout }": typeof types.NoChangeLogoutDocument,
    "mutation NoChangeAnonymousCreate { createPost(input: { title: \"Nope\", kind: SHORT }) { __typename } }": typeof types.NoChangeAnonymousCreateDocument,
    "mutation NoChangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }": typeof types.NoChangeLoginDocument,
    "\n  mutation NoChangeCreateToken { createApiToken(name: \"cache test\") { __typename ... on CreateApiTokenPayload { apiToken { id } } } }\n": typeof types.NoChangeCreateTokenDocument,
    "mutation NoChangeUpdatePost($i: UpdatePostInput!) { result: updatePost(input: $i) { __typename } }": typeof types.NoChangeUpdatePostDocument,
    "mutation NoChangeCreatePost($i: CreatePostInput!) { result: createPost(input: $i) { __typename } }": typeof types.NoChangeCreatePostDocument,
    "mutation NoChangeSite { result: updateSite(input: { timeZone: \"Mars/Olympus\" }) { __typename } }": typeof types.NoChangeSiteDocument,
    "mutation NoChangeDeletePost($i: PostRefInput!) { result: deletePost(input: $i) { __typename } }": typeof types.NoChangeDeletePostDocument,
    "mutation NoChangeAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }": typeof types.NoChangeAddFavoriteDocument,
    "mutation NoChangeRevokeToken($id: ID!) { result: revokeApiToken(id: $id) { __typename } }": typeof types.NoChangeRevokeTokenDocument,
    "mutation EditorLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }": typeof types.EditorLoginDocument,
    "\n  fragment MutationError on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on ConflictError { currentVersion }\n    ... on SlugTakenError { slug suggestion path }\n    ... on NotFoundError { resource key }\n  }\n": typeof types.MutationErrorFragmentDoc,
    "\n  fragment PostFields on Post {\n    id slug kind title summary status publishedAt version isFavorite\n    category { id slug }\n    tags { id slug name }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    result: createPost(input: $input) { __typename ...MutationError ... on CreatePostPayload { post { ...PostFields } } }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    result: updatePost(input: $input) { __typename ...MutationError ... on UpdatePostPayload { post { ...PostFields } } }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation PublishPost($input: PublishPostInput!) {\n    result: publishPost(input: $input) { __typename ...MutationError ... on PublishPostPayload { post { ...PostFields } } }\n  }\n": typeof types.PublishPostDocument,
    "\n  mutation UnpublishPost($input: PostRefInput!) {\n    result: unpublishPost(input: $input) { __typename ...MutationError ... on UnpublishPostPayload { post { ...PostFields } } }\n  }\n": typeof types.UnpublishPostDocument,
    "\n  mutation DeletePost($input: PostRefInput!) {\n    result: deletePost(input: $input) { __typename ...MutationError ... on DeletePostPayload { deletedPostId } }\n  }\n": typeof types.DeletePostDocument,
    "\n  fragment HomeFeedCard on Post { id slug title kind publishedAt hasLab isFavorite category { name } tags { slug } }\n": typeof types.HomeFeedCardFragmentDoc,
    "\n  query HomeFeed {\n    site { title }\n    homeFeed {\n      shorts { totalCount edges { cursor node { ...HomeFeedCard } } }\n      notes { totalCount edges { cursor node { ...HomeFeedCard } } }\n      categories { slug name postCount }\n      favorites { ...HomeFeedCard }\n    }\n  }\n": typeof types.HomeFeedDocument,
    "fragment WebhookFields on Webhook { id url description events enabled createdAt }": typeof types.WebhookFieldsFragmentDoc,
    "\n  mutation TestCreateWebhook($input: CreateWebhookInput!) {\n    result: createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n": typeof types.TestCreateWebhookDocument,
    "\n  mutation TestUpdateWebhook($input: UpdateWebhookInput!) {\n    result: updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on NotFoundError { resource }\n    }\n  }\n": typeof types.TestUpdateWebhookDocument,
    "\n  mutation TestDeleteWebhook($input: WebhookRefInput!) {\n    result: deleteWebhook(input: $input) { __typename ... on DeleteWebhookPayload { deletedWebhookId } ... on NotFoundError { resource } }\n  }\n": typeof types.TestDeleteWebhookDocument,
    "\n  mutation TestSendTestWebhook($input: WebhookRefInput!) {\n    result: sendTestWebhook(input: $input) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { id event status attempts nextAttemptAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n": typeof types.TestSendTestWebhookDocument,
    "query TestWebhooks { webhooks { ...WebhookFields deliveries(first: 5) { id event status } } }": typeof types.TestWebhooksDocument,
    "\n  mutation TestWebhookAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }\n": typeof types.TestWebhookAddFavoriteDocument,
};
const documents: Documents = {
    "\n  mutation TestCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name revokedAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n": types.TestCreateApiTokenDocument,
    "\n  mutation TestRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { __typename ... on RevokeApiTokenPayload { apiToken { revokedAt } } } }\n": types.TestRevokeApiTokenDocument,
    "mutation TestRevokeApiTokenTypename($id: ID!) { revokeApiToken(id: $id) { __typename } }": types.TestRevokeApiTokenTypenameDocument,
    "query TestWhoAmI { viewer { email authenticatedWith apiTokens { name lastUsedAt revokedAt } } }": types.TestWhoAmIDocument,
    "\n  mutation TestLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ...MutationError ... on LoginPayload { viewer { email } } }\n  }\n": types.TestLoginDocument,
    "query TestViewer { viewer { email authenticatedWith } }": types.TestViewerDocument,
    "mutation TestLogout { logout }": types.TestLogoutDocument,
    "\n  mutation TestCreateTagAs($name: String!) { createTag(input: { name: $name }) { __typename ...MutationError } }\n": types.TestCreateTagAsDocument,
    "\n  mutation BurstReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) {\n      __typename ...MutationError ... on FavoritesPayload { revision favorites { id } }\n    }\n  }\n": types.BurstReorderFavoritesDocument,
    "query FavoriteIds { favorites { id } }": types.FavoriteIdsDocument,
    "\n  mutation CountersCreateCategory($input: CreateCategoryInput!) {\n    r: createCategory(input: $input) { __typename ... on CreateCategoryPayload { category { id } } }\n  }\n": types.CountersCreateCategoryDocument,
    "\n  mutation CountersDeleteCategory($input: DeleteCategoryInput!) { r: deleteCategory(input: $input) { __typename } }\n": types.CountersDeleteCategoryDocument,
    "mutation CountersDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }": types.CountersDeleteTagDocument,
    "\n  mutation CountersRestore($input: RestorePostRevisionInput!) { r: restorePostRevision(input: $input) { __typename } }\n": types.CountersRestoreDocument,
    "\n  query CountersCounts($categorySlug: String, $tagSlug: String) {\n    all: posts(first: 0) { totalCount }\n    notes: posts(first: 0, filter: { kind: NOTE }) { totalCount }\n    shorts: posts(first: 0, filter: { kind: SHORT }) { totalCount }\n    category: posts(first: 0, filter: { categorySlug: $categorySlug }) { totalCount }\n    categoryNotes: posts(first: 0, filter: { kind: NOTE, categorySlug: $categorySlug }) { totalCount }\n    tag: posts(first: 0, filter: { tagSlug: $tagSlug }) { totalCount }\n    tagShorts: posts(first: 0, filter: { kind: SHORT, tagSlug: $tagSlug }) { totalCount }\n    categories { slug postCount }\n    tags { slug postCount }\n  }\n": types.CountersCountsDocument,
    "\n  mutation UnicodeSignIn($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on LoginPayload { viewer { email } } }\n  }\n": types.UnicodeSignInDocument,
    "\n  fragment FavoritesResult on FavoritesPayload { revision favorites { slug isFavorite } }\n": types.FavoritesResultFragmentDoc,
    "\n  mutation TestReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n": types.TestReorderFavoritesDocument,
    "\n  mutation TestAddFavorite($id: ID!, $rev: Int) {\n    result: addFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n": types.TestAddFavoriteDocument,
    "\n  mutation TestRemoveFavorite($id: ID!, $rev: Int) {\n    result: removeFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n": types.TestRemoveFavoriteDocument,
    "query PublicFavorites { favorites { slug } homeFeed { favorites { slug } } }": types.PublicFavoritesDocument,
    "query IsFavorite($slug: String!) { post(slug: $slug) { isFavorite } }": types.IsFavoriteDocument,
    "query AllLabs { posts(first: 100) { edges { node { title hasLab } } } }": types.AllLabsDocument,
    "mutation RaceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }": types.RaceLoginDocument,
    "\n  query ArgsList($filter: PostFilter, $first: Int) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title } } }\n  }\n": types.ArgsListDocument,
    "query ArgsUnknownSlugs { post(slug: \"nope\") { id } category(slug: \"nope\") { id } tag(slug: \"nope\") { id } }": types.ArgsUnknownSlugsDocument,
    "\n  query ArgsCategoryPosts($after: String) {\n    category(slug: \"embeddings-and-retrieval\") {\n      name\n      postCount\n      posts(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title category { slug } } } }\n    }\n  }\n": types.ArgsCategoryPostsDocument,
    "query ArgsTagPosts { tag(slug: \"reward-model\") { name postCount posts { totalCount edges { node { title } } } } }": types.ArgsTagPostsDocument,
    "\n  query Page($first: Int, $after: String, $last: Int, $before: String) {\n    posts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { title slug } }\n    }\n  }\n": types.PageDocument,
    "query PostHtml($slug: String!) { post(slug: $slug) { html readingTimeMinutes } }": types.PostHtmlDocument,
    "query AllPostsHtml { posts(first: 100, filter: { includeDrafts: true }) { edges { node { slug html } } } }": types.AllPostsHtmlDocument,
    "query PageHtml { posts(first: 10) { edges { node { slug html readingTimeMinutes } } } }": types.PageHtmlDocument,
    "\n  query PublicSlugs {\n    posts(first: 100) { edges { node { slug } } }\n    homeFeed { notes(first: 100) { edges { node { slug } } } }\n  }\n": types.PublicSlugsDocument,
    "query PostId($slug: String!) { post(slug: $slug) { id } }": types.PostIdDocument,
    "query PostTitle($slug: String!) { post(slug: $slug) { title } }": types.PostTitleDocument,
    "mutation AddFavoriteTypename($id: ID!) { addFavorite(postId: $id) { __typename } }": types.AddFavoriteTypenameDocument,
    "\n  query SearchPage($first: Int, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { title status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.SearchPageDocument,
    "\n  mutation PreviewCreateLink($postId: ID!, $minutes: Int) {\n    result: createPreviewLink(postId: $postId, expiresInMinutes: $minutes) {\n      __typename\n      ...MutationError\n      ... on PreviewLink { token url expiresAt }\n    }\n  }\n": types.PreviewCreateLinkDocument,
    "\n  mutation PreviewRevokeLinks($postId: ID!) {\n    result: revokePreviewLinks(postId: $postId) { __typename ...MutationError ... on RevokePreviewLinksPayload { revokedCount } }\n  }\n": types.PreviewRevokeLinksDocument,
    "query PreviewPost($token: String!) { preview(token: $token) { id title status body } }": types.PreviewPostDocument,
    "\n  query PreviewTags($token: String!) { preview(token: $token) { title tags { name postCount posts(first: 1) { totalCount } } } }\n": types.PreviewTagsDocument,
    "\n  mutation LimitsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on TooManyAttemptsError { retryAfterSeconds message } }\n  }\n": types.LimitsLoginDocument,
    "query LimitsSiteTitle { site { title } }": types.LimitsSiteTitleDocument,
    "query CoalesceNewestPost { posts(first: 1) { edges { node { id version } } } }": types.CoalesceNewestPostDocument,
    "mutation CoalesceTouchPost($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }": types.CoalesceTouchPostDocument,
    "\n  query Revisions($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      version\n      revisions(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id version createdAt author { id name } kind title slug summary body tags category { slug } hasLab status publishedAt } }\n      }\n    }\n  }\n": types.RevisionsDocument,
    "\n  mutation RestoreRevision($input: RestorePostRevisionInput!) {\n    result: restorePostRevision(input: $input) {\n      __typename ...MutationError\n      ... on RestorePostRevisionPayload { post { ...PostFields body path } }\n    }\n  }\n": types.RestoreRevisionDocument,
    "query RevisionNode($id: ID!) { node(id: $id) { __typename ... on PostRevision { version title } } }": types.RevisionNodeDocument,
    "\n  mutation RevisionsDeleteCategory($i: DeleteCategoryInput!) { r: deleteCategory(input: $i) { __typename } }\n": types.RevisionsDeleteCategoryDocument,
    "mutation RevisionsDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }": types.RevisionsDeleteTagDocument,
    "\n  query Route($path: String!) {\n    route(path: $path) {\n      __typename\n      # Aliased: Post.path is nullable, Category.path and Tag.path are not, and GraphQL refuses\n      # one response key with two types across a union's members.\n      ... on Post { slug postPath: path postUrl: url }\n      ... on Category { slug path url }\n      ... on Tag { slug path url }\n      ... on Redirect { location permanent }\n    }\n  }\n": types.RouteDocument,
    "\n  query Addresses($slug: String!) { post(slug: $slug) { status path url category { path url } tags { path url } } }\n": types.AddressesDocument,
    "\n  mutation RouteCategorySlug($i: UpdateCategoryInput!) { r: updateCategory(input: $i) { __typename } }\n": types.RouteCategorySlugDocument,
    "\n  mutation RouteCategory($i: CreateCategoryInput!) { r: createCategory(input: $i) { __typename ... on CreateCategoryPayload { category { id } } } }\n": types.RouteCategoryDocument,
    "mutation RouteTagSlug($i: UpdateTagInput!) { r: updateTag(input: $i) { __typename } }": types.RouteTagSlugDocument,
    "query RouteTagId($slug: String!) { tag(slug: $slug) { id } }": types.RouteTagIdDocument,
    "\n  query SchedulingAnonymousPaths($slug: String!, $id: ID!, $ids: [ID!]!) {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    notes: posts(first: 100, filter: { kind: NOTE }) { totalCount edges { node { slug } } }\n    llm: posts(first: 100, filter: { categorySlug: \"llm\" }) { totalCount edges { node { slug } } }\n    rlhf: posts(first: 100, filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { slug } } }\n    found: posts(filter: { search: \"Scheduled:\" }) { totalCount }\n    post(slug: $slug) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    tag(slug: \"rlhf\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    onlyScheduled: tag(slug: \"scheduled-only-topic\") { slug }\n    categories { slug postCount }\n    tags { slug }\n    favorites { slug }\n  }\n": types.SchedulingAnonymousPathsDocument,
    "\n  query SchedulingStatusList($filter: PostFilter) { posts(first: 100, filter: $filter) { totalCount edges { node { slug status publishedAt } } } }\n": types.SchedulingStatusListDocument,
    "query SchedulingBySlug($slug: String!) { post(slug: $slug) { slug status publishedAt version } }": types.SchedulingBySlugDocument,
    "\n  query Search($query: String!, $first: Int, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor rank highlight node { title status kind tags { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation SearchRenameTag($input: UpdateTagInput!) { result: updateTag(input: $input) { __typename } }\n": types.SearchRenameTagDocument,
    "mutation CookieFormsCsrfBypass { updateSite(input: { description: \"csrf-bypass\" }) { __typename } }": types.CookieFormsCsrfBypassDocument,
    "query CookieFormsViewer { viewer { email } }": types.CookieFormsViewerDocument,
    "\n  mutation SharedStateLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }\n": types.SharedStateLoginDocument,
    "\n  mutation TestUpdateSite($input: UpdateSiteInput!) {\n    r: updateSite(input: $input) { __typename ...MutationError ... on UpdateSitePayload { site { title description baseUrl timeZone } } }\n  }\n": types.TestUpdateSiteDocument,
    "query PublicSite { site { title description baseUrl timeZone } }": types.PublicSiteDocument,
    "\n  query ScaleHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { slug title category { name } tags { name } isFavorite }\n    }\n  }\n": types.ScaleHomeFeedDocument,
    "\n  query ScalePostsPage { posts(first: 50) { totalCount edges { node { slug title category { name } tags { name } isFavorite html } } } }\n": types.ScalePostsPageDocument,
    "\n  query ScaleCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { slug title tags { name } } } } }\n  }\n": types.ScaleCategoryPageDocument,
    "\n  query ScalePostBySlug($slug: String!) { post(slug: $slug) { slug title category { name } tags { name } isFavorite } }\n": types.ScalePostBySlugDocument,
    "\n  query CountHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { title category { name } tags { name } isFavorite }\n    }\n  }\n": types.CountHomeFeedDocument,
    "\n  query CountPostsPage { posts(first: 50) { totalCount edges { node { title category { name } tags { name } isFavorite html } } } }\n": types.CountPostsPageDocument,
    "\n  query CountPostsPageAddresses { posts(first: 50) { edges { node { title path url category { path url } tags { path url } } } } }\n": types.CountPostsPageAddressesDocument,
    "\n  query CountPostBySlug { post(slug: \"how-llms-learn-human-preferences-rlhf-rlaif-and-beyond\") { title category { name } tags { name } } }\n": types.CountPostBySlugDocument,
    "\n  query CountCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { title tags { name } } } } }\n  }\n": types.CountCategoryPageDocument,
    "fragment CategoryFields on Category { id slug name description position }": types.CategoryFieldsFragmentDoc,
    "\n  mutation TestCreateCategory($i: CreateCategoryInput!) {\n    r: createCategory(input: $i) { __typename ...MutationError ... on CreateCategoryPayload { category { ...CategoryFields } } }\n  }\n": types.TestCreateCategoryDocument,
    "\n  mutation TestUpdateCategory($i: UpdateCategoryInput!) {\n    r: updateCategory(input: $i) { __typename ...MutationError ... on UpdateCategoryPayload { category { ...CategoryFields } } }\n  }\n": types.TestUpdateCategoryDocument,
    "\n  mutation TestDeleteCategory($i: DeleteCategoryInput!) {\n    r: deleteCategory(input: $i) { __typename ...MutationError ... on DeleteCategoryPayload { deletedCategoryId } }\n  }\n": types.TestDeleteCategoryDocument,
    "\n  mutation TestReorderCategories($ids: [ID!]!) {\n    r: reorderCategories(ids: $ids) { __typename ...MutationError ... on ReorderCategoriesPayload { categories { slug position } } }\n  }\n": types.TestReorderCategoriesDocument,
    "\n  mutation TestCreateTag($i: CreateTagInput!) {\n    r: createTag(input: $i) { __typename ...MutationError ... on CreateTagPayload { tag { id slug name } } }\n  }\n": types.TestCreateTagDocument,
    "\n  mutation TestUpdateTag($i: UpdateTagInput!) {\n    r: updateTag(input: $i) { __typename ...MutationError ... on UpdateTagPayload { tag { id slug name } } }\n  }\n": types.TestUpdateTagDocument,
    "\n  mutation TestDeleteTag($id: ID!) {\n    r: deleteTag(id: $id) { __typename ...MutationError ... on DeleteTagPayload { deletedTagId } }\n  }\n": types.TestDeleteTagDocument,
    "query PublicCategorySlugs { categories { slug } }": types.PublicCategorySlugsDocument,
    "query FeedCategorySlugs { homeFeed { categories { slug } } }": types.FeedCategorySlugsDocument,
    "query TagName($slug: String!) { tag(slug: $slug) { name } }": types.TagNameDocument,
    "\n  mutation RaceCreatePostWithTag($t: String!, $tag: String!) {\n    result: createPost(input: { title: $t, kind: SHORT, tags: [$tag] }) {\n      __typename\n      ... on CreatePostPayload { post { tags { id name } } }\n    }\n  }\n": types.RaceCreatePostWithTagDocument,
    "mutation RaceCreateCategory { result: createCategory(input: { name: \"Racing\" }) { __typename } }": types.RaceCreateCategoryDocument,
    "\n  mutation RaceCreateTag($n: String!) { result: createTag(input: { name: $n, slug: \"same-slug\" }) { __typename } }\n": types.RaceCreateTagDocument,
    "\n  mutation RaceAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename ... on FavoritesPayload { favorites { id } } } }\n": types.RaceAddFavoriteDocument,
    "\n  mutation RaceCreatePostSameSlug($t: String!) {\n    result: createPost(input: { title: $t, slug: \"one-slug\", kind: SHORT, tags: [\"Shared New Tag\"] }) {\n      __typename\n      ... on SlugTakenError { slug path }\n    }\n  }\n": types.RaceCreatePostSameSlugDocument,
    "\n  mutation VisibilityCreateDraft($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on CreatePostPayload { post { id status } } ... on Error { message } }\n  }\n": types.VisibilityCreateDraftDocument,
    "\n  query VisibilityPostLists {\n    all: posts(first: 100) { totalCount edges { node { title } } }\n    shorts: posts(filter: { kind: SHORT }) { totalCount edges { node { title } } }\n    llm: posts(filter: { categorySlug: \"llm\" }) { totalCount edges { node { title } } }\n    rlhf: posts(filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { title } } }\n  }\n": types.VisibilityPostListsDocument,
    "\n  query VisibilityFilteredPosts($filter: PostFilter) { posts(filter: $filter) { totalCount edges { node { title } } } }\n": types.VisibilityFilteredPostsDocument,
    "\n  query VisibilityDraftLookups($id: ID!, $ids: [ID!]!, $note: String!, $short: String!) {\n    post(slug: $note) { id }\n    short: post(slug: $short) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id ... on Post { title } }\n  }\n": types.VisibilityDraftLookupsDocument,
    "\n  query VisibilityTaxonomy {\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { title } } } }\n    rlhf: tag(slug: \"rlhf\") { postCount posts { totalCount edges { node { title } } } }\n    onlyDrafts: tag(slug: \"reward-hacking\") { postCount posts { totalCount edges { node { title } } } }\n    categories { name postCount }\n    tags { slug }\n  }\n": types.VisibilityTaxonomyDocument,
    "query VisibilityFavorites { favorites { title } }": types.VisibilityFavoritesDocument,
    "query VisibilityViewer { viewer { email } }": types.VisibilityViewerDocument,
    "\n  query VisibilityEditorDraft($id: ID!, $slug: String!) {\n    post(slug: $slug) { title status isFavorite category { slug } tags { slug } }\n    node(id: $id) { ... on Post { title } }\n  }\n": types.VisibilityEditorDraftDocument,
    "\n  query VisibilityEditorLists($first: Int, $filter: PostFilter) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title status } } }\n  }\n": types.VisibilityEditorListsDocument,
    "query VisibilityDraftOnlyTag { tag(slug: \"reward-hacking\") { slug postCount } tags { slug } }": types.VisibilityDraftOnlyTagDocument,
    "query VisibilityPublishedCount { posts(first: 100) { totalCount } }": types.VisibilityPublishedCountDocument,
    "query TestWebhookNode($id: ID!) { node(id: $id) { __typename ... on Webhook { url } } }": types.TestWebhookNodeDocument,
    "mutation NoChangeLogout { logout }": types.NoChangeLogoutDocument,
    "mutation NoChangeAnonymousCreate { createPost(input: { title: \"Nope\", kind: SHORT }) { __typename } }": types.NoChangeAnonymousCreateDocument,
    "mutation NoChangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }": types.NoChangeLoginDocument,
    "\n  mutation NoChangeCreateToken { createApiToken(name: \"cache test\") { __typename ... on CreateApiTokenPayload { apiToken { id } } } }\n": types.NoChangeCreateTokenDocument,
    "mutation NoChangeUpdatePost($i: UpdatePostInput!) { result: updatePost(input: $i) { __typename } }": types.NoChangeUpdatePostDocument,
    "mutation NoChangeCreatePost($i: CreatePostInput!) { result: createPost(input: $i) { __typename } }": types.NoChangeCreatePostDocument,
    "mutation NoChangeSite { result: updateSite(input: { timeZone: \"Mars/Olympus\" }) { __typename } }": types.NoChangeSiteDocument,
    "mutation NoChangeDeletePost($i: PostRefInput!) { result: deletePost(input: $i) { __typename } }": types.NoChangeDeletePostDocument,
    "mutation NoChangeAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }": types.NoChangeAddFavoriteDocument,
    "mutation NoChangeRevokeToken($id: ID!) { result: revokeApiToken(id: $id) { __typename } }": types.NoChangeRevokeTokenDocument,
    "mutation EditorLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }": types.EditorLoginDocument,
    "\n  fragment MutationError on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on ConflictError { currentVersion }\n    ... on SlugTakenError { slug suggestion path }\n    ... on NotFoundError { resource key }\n  }\n": types.MutationErrorFragmentDoc,
    "\n  fragment PostFields on Post {\n    id slug kind title summary status publishedAt version isFavorite\n    category { id slug }\n    tags { id slug name }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    result: createPost(input: $input) { __typename ...MutationError ... on CreatePostPayload { post { ...PostFields } } }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    result: updatePost(input: $input) { __typename ...MutationError ... on UpdatePostPayload { post { ...PostFields } } }\n  }\n": types.UpdatePostDocument,
    "\n  mutation PublishPost($input: PublishPostInput!) {\n    result: publishPost(input: $input) { __typename ...MutationError ... on PublishPostPayload { post { ...PostFields } } }\n  }\n": types.PublishPostDocument,
    "\n  mutation UnpublishPost($input: PostRefInput!) {\n    result: unpublishPost(input: $input) { __typename ...MutationError ... on UnpublishPostPayload { post { ...PostFields } } }\n  }\n": types.UnpublishPostDocument,
    "\n  mutation DeletePost($input: PostRefInput!) {\n    result: deletePost(input: $input) { __typename ...MutationError ... on DeletePostPayload { deletedPostId } }\n  }\n": types.DeletePostDocument,
    "\n  fragment HomeFeedCard on Post { id slug title kind publishedAt hasLab isFavorite category { name } tags { slug } }\n": types.HomeFeedCardFragmentDoc,
    "\n  query HomeFeed {\n    site { title }\n    homeFeed {\n      shorts { totalCount edges { cursor node { ...HomeFeedCard } } }\n      notes { totalCount edges { cursor node { ...HomeFeedCard } } }\n      categories { slug name postCount }\n      favorites { ...HomeFeedCard }\n    }\n  }\n": types.HomeFeedDocument,
    "fragment WebhookFields on Webhook { id url description events enabled createdAt }": types.WebhookFieldsFragmentDoc,
    "\n  mutation TestCreateWebhook($input: CreateWebhookInput!) {\n    result: createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n": types.TestCreateWebhookDocument,
    "\n  mutation TestUpdateWebhook($input: UpdateWebhookInput!) {\n    result: updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on NotFoundError { resource }\n    }\n  }\n": types.TestUpdateWebhookDocument,
    "\n  mutation TestDeleteWebhook($input: WebhookRefInput!) {\n    result: deleteWebhook(input: $input) { __typename ... on DeleteWebhookPayload { deletedWebhookId } ... on NotFoundError { resource } }\n  }\n": types.TestDeleteWebhookDocument,
    "\n  mutation TestSendTestWebhook($input: WebhookRefInput!) {\n    result: sendTestWebhook(input: $input) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { id event status attempts nextAttemptAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n": types.TestSendTestWebhookDocument,
    "query TestWebhooks { webhooks { ...WebhookFields deliveries(first: 5) { id event status } } }": types.TestWebhooksDocument,
    "\n  mutation TestWebhookAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }\n": types.TestWebhookAddFavoriteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name revokedAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name revokedAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { __typename ... on RevokeApiTokenPayload { apiToken { revokedAt } } } }\n"): (typeof documents)["\n  mutation TestRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { __typename ... on RevokeApiTokenPayload { apiToken { revokedAt } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestRevokeApiTokenTypename($id: ID!) { revokeApiToken(id: $id) { __typename } }"): (typeof documents)["mutation TestRevokeApiTokenTypename($id: ID!) { revokeApiToken(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestWhoAmI { viewer { email authenticatedWith apiTokens { name lastUsedAt revokedAt } } }"): (typeof documents)["query TestWhoAmI { viewer { email authenticatedWith apiTokens { name lastUsedAt revokedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ...MutationError ... on LoginPayload { viewer { email } } }\n  }\n"): (typeof documents)["\n  mutation TestLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ...MutationError ... on LoginPayload { viewer { email } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestViewer { viewer { email authenticatedWith } }"): (typeof documents)["query TestViewer { viewer { email authenticatedWith } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestLogout { logout }"): (typeof documents)["mutation TestLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateTagAs($name: String!) { createTag(input: { name: $name }) { __typename ...MutationError } }\n"): (typeof documents)["\n  mutation TestCreateTagAs($name: String!) { createTag(input: { name: $name }) { __typename ...MutationError } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BurstReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) {\n      __typename ...MutationError ... on FavoritesPayload { revision favorites { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation BurstReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) {\n      __typename ...MutationError ... on FavoritesPayload { revision favorites { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FavoriteIds { favorites { id } }"): (typeof documents)["query FavoriteIds { favorites { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountersCreateCategory($input: CreateCategoryInput!) {\n    r: createCategory(input: $input) { __typename ... on CreateCategoryPayload { category { id } } }\n  }\n"): (typeof documents)["\n  mutation CountersCreateCategory($input: CreateCategoryInput!) {\n    r: createCategory(input: $input) { __typename ... on CreateCategoryPayload { category { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountersDeleteCategory($input: DeleteCategoryInput!) { r: deleteCategory(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation CountersDeleteCategory($input: DeleteCategoryInput!) { r: deleteCategory(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CountersDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }"): (typeof documents)["mutation CountersDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountersRestore($input: RestorePostRevisionInput!) { r: restorePostRevision(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation CountersRestore($input: RestorePostRevisionInput!) { r: restorePostRevision(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountersCounts($categorySlug: String, $tagSlug: String) {\n    all: posts(first: 0) { totalCount }\n    notes: posts(first: 0, filter: { kind: NOTE }) { totalCount }\n    shorts: posts(first: 0, filter: { kind: SHORT }) { totalCount }\n    category: posts(first: 0, filter: { categorySlug: $categorySlug }) { totalCount }\n    categoryNotes: posts(first: 0, filter: { kind: NOTE, categorySlug: $categorySlug }) { totalCount }\n    tag: posts(first: 0, filter: { tagSlug: $tagSlug }) { totalCount }\n    tagShorts: posts(first: 0, filter: { kind: SHORT, tagSlug: $tagSlug }) { totalCount }\n    categories { slug postCount }\n    tags { slug postCount }\n  }\n"): (typeof documents)["\n  query CountersCounts($categorySlug: String, $tagSlug: String) {\n    all: posts(first: 0) { totalCount }\n    notes: posts(first: 0, filter: { kind: NOTE }) { totalCount }\n    shorts: posts(first: 0, filter: { kind: SHORT }) { totalCount }\n    category: posts(first: 0, filter: { categorySlug: $categorySlug }) { totalCount }\n    categoryNotes: posts(first: 0, filter: { kind: NOTE, categorySlug: $categorySlug }) { totalCount }\n    tag: posts(first: 0, filter: { tagSlug: $tagSlug }) { totalCount }\n    tagShorts: posts(first: 0, filter: { kind: SHORT, tagSlug: $tagSlug }) { totalCount }\n    categories { slug postCount }\n    tags { slug postCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnicodeSignIn($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on LoginPayload { viewer { email } } }\n  }\n"): (typeof documents)["\n  mutation UnicodeSignIn($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on LoginPayload { viewer { email } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FavoritesResult on FavoritesPayload { revision favorites { slug isFavorite } }\n"): (typeof documents)["\n  fragment FavoritesResult on FavoritesPayload { revision favorites { slug isFavorite } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n"): (typeof documents)["\n  mutation TestReorderFavorites($ids: [ID!]!, $rev: Int!) {\n    result: reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddFavorite($id: ID!, $rev: Int) {\n    result: addFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n"): (typeof documents)["\n  mutation TestAddFavorite($id: ID!, $rev: Int) {\n    result: addFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRemoveFavorite($id: ID!, $rev: Int) {\n    result: removeFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n"): (typeof documents)["\n  mutation TestRemoveFavorite($id: ID!, $rev: Int) {\n    result: removeFavorite(postId: $id, expectedRevision: $rev) { __typename ...MutationError ...FavoritesResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicFavorites { favorites { slug } homeFeed { favorites { slug } } }"): (typeof documents)["query PublicFavorites { favorites { slug } homeFeed { favorites { slug } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsFavorite($slug: String!) { post(slug: $slug) { isFavorite } }"): (typeof documents)["query IsFavorite($slug: String!) { post(slug: $slug) { isFavorite } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllLabs { posts(first: 100) { edges { node { title hasLab } } } }"): (typeof documents)["query AllLabs { posts(first: 100) { edges { node { title hasLab } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RaceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }"): (typeof documents)["mutation RaceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArgsList($filter: PostFilter, $first: Int) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title } } }\n  }\n"): (typeof documents)["\n  query ArgsList($filter: PostFilter, $first: Int) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArgsUnknownSlugs { post(slug: \"nope\") { id } category(slug: \"nope\") { id } tag(slug: \"nope\") { id } }"): (typeof documents)["query ArgsUnknownSlugs { post(slug: \"nope\") { id } category(slug: \"nope\") { id } tag(slug: \"nope\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArgsCategoryPosts($after: String) {\n    category(slug: \"embeddings-and-retrieval\") {\n      name\n      postCount\n      posts(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title category { slug } } } }\n    }\n  }\n"): (typeof documents)["\n  query ArgsCategoryPosts($after: String) {\n    category(slug: \"embeddings-and-retrieval\") {\n      name\n      postCount\n      posts(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title category { slug } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArgsTagPosts { tag(slug: \"reward-model\") { name postCount posts { totalCount edges { node { title } } } } }"): (typeof documents)["query ArgsTagPosts { tag(slug: \"reward-model\") { name postCount posts { totalCount edges { node { title } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Page($first: Int, $after: String, $last: Int, $before: String) {\n    posts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { title slug } }\n    }\n  }\n"): (typeof documents)["\n  query Page($first: Int, $after: String, $last: Int, $before: String) {\n    posts(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { title slug } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostHtml($slug: String!) { post(slug: $slug) { html readingTimeMinutes } }"): (typeof documents)["query PostHtml($slug: String!) { post(slug: $slug) { html readingTimeMinutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AllPostsHtml { posts(first: 100, filter: { includeDrafts: true }) { edges { node { slug html } } } }"): (typeof documents)["query AllPostsHtml { posts(first: 100, filter: { includeDrafts: true }) { edges { node { slug html } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PageHtml { posts(first: 10) { edges { node { slug html readingTimeMinutes } } } }"): (typeof documents)["query PageHtml { posts(first: 10) { edges { node { slug html readingTimeMinutes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSlugs {\n    posts(first: 100) { edges { node { slug } } }\n    homeFeed { notes(first: 100) { edges { node { slug } } } }\n  }\n"): (typeof documents)["\n  query PublicSlugs {\n    posts(first: 100) { edges { node { slug } } }\n    homeFeed { notes(first: 100) { edges { node { slug } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostId($slug: String!) { post(slug: $slug) { id } }"): (typeof documents)["query PostId($slug: String!) { post(slug: $slug) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PostTitle($slug: String!) { post(slug: $slug) { title } }"): (typeof documents)["query PostTitle($slug: String!) { post(slug: $slug) { title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddFavoriteTypename($id: ID!) { addFavorite(postId: $id) { __typename } }"): (typeof documents)["mutation AddFavoriteTypename($id: ID!) { addFavorite(postId: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($first: Int, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { title status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($first: Int, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { title status } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewCreateLink($postId: ID!, $minutes: Int) {\n    result: createPreviewLink(postId: $postId, expiresInMinutes: $minutes) {\n      __typename\n      ...MutationError\n      ... on PreviewLink { token url expiresAt }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewCreateLink($postId: ID!, $minutes: Int) {\n    result: createPreviewLink(postId: $postId, expiresInMinutes: $minutes) {\n      __typename\n      ...MutationError\n      ... on PreviewLink { token url expiresAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewRevokeLinks($postId: ID!) {\n    result: revokePreviewLinks(postId: $postId) { __typename ...MutationError ... on RevokePreviewLinksPayload { revokedCount } }\n  }\n"): (typeof documents)["\n  mutation PreviewRevokeLinks($postId: ID!) {\n    result: revokePreviewLinks(postId: $postId) { __typename ...MutationError ... on RevokePreviewLinksPayload { revokedCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewPost($token: String!) { preview(token: $token) { id title status body } }"): (typeof documents)["query PreviewPost($token: String!) { preview(token: $token) { id title status body } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTags($token: String!) { preview(token: $token) { title tags { name postCount posts(first: 1) { totalCount } } } }\n"): (typeof documents)["\n  query PreviewTags($token: String!) { preview(token: $token) { title tags { name postCount posts(first: 1) { totalCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LimitsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on TooManyAttemptsError { retryAfterSeconds message } }\n  }\n"): (typeof documents)["\n  mutation LimitsLogin($e: String!, $p: String!) {\n    login(email: $e, password: $p) { __typename ... on TooManyAttemptsError { retryAfterSeconds message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsSiteTitle { site { title } }"): (typeof documents)["query LimitsSiteTitle { site { title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoalesceNewestPost { posts(first: 1) { edges { node { id version } } } }"): (typeof documents)["query CoalesceNewestPost { posts(first: 1) { edges { node { id version } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoalesceTouchPost($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }"): (typeof documents)["mutation CoalesceTouchPost($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Revisions($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      version\n      revisions(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id version createdAt author { id name } kind title slug summary body tags category { slug } hasLab status publishedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Revisions($slug: String!, $first: Int, $after: String) {\n    post(slug: $slug) {\n      version\n      revisions(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id version createdAt author { id name } kind title slug summary body tags category { slug } hasLab status publishedAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRevision($input: RestorePostRevisionInput!) {\n    result: restorePostRevision(input: $input) {\n      __typename ...MutationError\n      ... on RestorePostRevisionPayload { post { ...PostFields body path } }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRevision($input: RestorePostRevisionInput!) {\n    result: restorePostRevision(input: $input) {\n      __typename ...MutationError\n      ... on RestorePostRevisionPayload { post { ...PostFields body path } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevisionNode($id: ID!) { node(id: $id) { __typename ... on PostRevision { version title } } }"): (typeof documents)["query RevisionNode($id: ID!) { node(id: $id) { __typename ... on PostRevision { version title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevisionsDeleteCategory($i: DeleteCategoryInput!) { r: deleteCategory(input: $i) { __typename } }\n"): (typeof documents)["\n  mutation RevisionsDeleteCategory($i: DeleteCategoryInput!) { r: deleteCategory(input: $i) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevisionsDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }"): (typeof documents)["mutation RevisionsDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Route($path: String!) {\n    route(path: $path) {\n      __typename\n      # Aliased: Post.path is nullable, Category.path and Tag.path are not, and GraphQL refuses\n      # one response key with two types across a union's members.\n      ... on Post { slug postPath: path postUrl: url }\n      ... on Category { slug path url }\n      ... on Tag { slug path url }\n      ... on Redirect { location permanent }\n    }\n  }\n"): (typeof documents)["\n  query Route($path: String!) {\n    route(path: $path) {\n      __typename\n      # Aliased: Post.path is nullable, Category.path and Tag.path are not, and GraphQL refuses\n      # one response key with two types across a union's members.\n      ... on Post { slug postPath: path postUrl: url }\n      ... on Category { slug path url }\n      ... on Tag { slug path url }\n      ... on Redirect { location permanent }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Addresses($slug: String!) { post(slug: $slug) { status path url category { path url } tags { path url } } }\n"): (typeof documents)["\n  query Addresses($slug: String!) { post(slug: $slug) { status path url category { path url } tags { path url } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteCategorySlug($i: UpdateCategoryInput!) { r: updateCategory(input: $i) { __typename } }\n"): (typeof documents)["\n  mutation RouteCategorySlug($i: UpdateCategoryInput!) { r: updateCategory(input: $i) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RouteCategory($i: CreateCategoryInput!) { r: createCategory(input: $i) { __typename ... on CreateCategoryPayload { category { id } } } }\n"): (typeof documents)["\n  mutation RouteCategory($i: CreateCategoryInput!) { r: createCategory(input: $i) { __typename ... on CreateCategoryPayload { category { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RouteTagSlug($i: UpdateTagInput!) { r: updateTag(input: $i) { __typename } }"): (typeof documents)["mutation RouteTagSlug($i: UpdateTagInput!) { r: updateTag(input: $i) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RouteTagId($slug: String!) { tag(slug: $slug) { id } }"): (typeof documents)["query RouteTagId($slug: String!) { tag(slug: $slug) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingAnonymousPaths($slug: String!, $id: ID!, $ids: [ID!]!) {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    notes: posts(first: 100, filter: { kind: NOTE }) { totalCount edges { node { slug } } }\n    llm: posts(first: 100, filter: { categorySlug: \"llm\" }) { totalCount edges { node { slug } } }\n    rlhf: posts(first: 100, filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { slug } } }\n    found: posts(filter: { search: \"Scheduled:\" }) { totalCount }\n    post(slug: $slug) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    tag(slug: \"rlhf\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    onlyScheduled: tag(slug: \"scheduled-only-topic\") { slug }\n    categories { slug postCount }\n    tags { slug }\n    favorites { slug }\n  }\n"): (typeof documents)["\n  query SchedulingAnonymousPaths($slug: String!, $id: ID!, $ids: [ID!]!) {\n    all: posts(first: 100) { totalCount edges { node { slug } } }\n    notes: posts(first: 100, filter: { kind: NOTE }) { totalCount edges { node { slug } } }\n    llm: posts(first: 100, filter: { categorySlug: \"llm\" }) { totalCount edges { node { slug } } }\n    rlhf: posts(first: 100, filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { slug } } }\n    found: posts(filter: { search: \"Scheduled:\" }) { totalCount }\n    post(slug: $slug) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id }\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    tag(slug: \"rlhf\") { postCount posts(first: 100) { totalCount edges { node { slug } } } }\n    onlyScheduled: tag(slug: \"scheduled-only-topic\") { slug }\n    categories { slug postCount }\n    tags { slug }\n    favorites { slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulingStatusList($filter: PostFilter) { posts(first: 100, filter: $filter) { totalCount edges { node { slug status publishedAt } } } }\n"): (typeof documents)["\n  query SchedulingStatusList($filter: PostFilter) { posts(first: 100, filter: $filter) { totalCount edges { node { slug status publishedAt } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchedulingBySlug($slug: String!) { post(slug: $slug) { slug status publishedAt version } }"): (typeof documents)["query SchedulingBySlug($slug: String!) { post(slug: $slug) { slug status publishedAt version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor rank highlight node { title status kind tags { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor rank highlight node { title status kind tags { slug } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchRenameTag($input: UpdateTagInput!) { result: updateTag(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SearchRenameTag($input: UpdateTagInput!) { result: updateTag(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CookieFormsCsrfBypass { updateSite(input: { description: \"csrf-bypass\" }) { __typename } }"): (typeof documents)["mutation CookieFormsCsrfBypass { updateSite(input: { description: \"csrf-bypass\" }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CookieFormsViewer { viewer { email } }"): (typeof documents)["query CookieFormsViewer { viewer { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharedStateLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }\n"): (typeof documents)["\n  mutation SharedStateLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateSite($input: UpdateSiteInput!) {\n    r: updateSite(input: $input) { __typename ...MutationError ... on UpdateSitePayload { site { title description baseUrl timeZone } } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateSite($input: UpdateSiteInput!) {\n    r: updateSite(input: $input) { __typename ...MutationError ... on UpdateSitePayload { site { title description baseUrl timeZone } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicSite { site { title description baseUrl timeZone } }"): (typeof documents)["query PublicSite { site { title description baseUrl timeZone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { slug title category { name } tags { name } isFavorite }\n    }\n  }\n"): (typeof documents)["\n  query ScaleHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { slug title category { name } tags { name } isFavorite }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScalePostsPage { posts(first: 50) { totalCount edges { node { slug title category { name } tags { name } isFavorite html } } } }\n"): (typeof documents)["\n  query ScalePostsPage { posts(first: 50) { totalCount edges { node { slug title category { name } tags { name } isFavorite html } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaleCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { slug title tags { name } } } } }\n  }\n"): (typeof documents)["\n  query ScaleCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { slug title tags { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScalePostBySlug($slug: String!) { post(slug: $slug) { slug title category { name } tags { name } isFavorite } }\n"): (typeof documents)["\n  query ScalePostBySlug($slug: String!) { post(slug: $slug) { slug title category { name } tags { name } isFavorite } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { title category { name } tags { name } isFavorite }\n    }\n  }\n"): (typeof documents)["\n  query CountHomeFeed {\n    homeFeed {\n      shorts { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      notes { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }\n      categories { name postCount }\n      favorites { title category { name } tags { name } isFavorite }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountPostsPage { posts(first: 50) { totalCount edges { node { title category { name } tags { name } isFavorite html } } } }\n"): (typeof documents)["\n  query CountPostsPage { posts(first: 50) { totalCount edges { node { title category { name } tags { name } isFavorite html } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountPostsPageAddresses { posts(first: 50) { edges { node { title path url category { path url } tags { path url } } } } }\n"): (typeof documents)["\n  query CountPostsPageAddresses { posts(first: 50) { edges { node { title path url category { path url } tags { path url } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountPostBySlug { post(slug: \"how-llms-learn-human-preferences-rlhf-rlaif-and-beyond\") { title category { name } tags { name } } }\n"): (typeof documents)["\n  query CountPostBySlug { post(slug: \"how-llms-learn-human-preferences-rlhf-rlaif-and-beyond\") { title category { name } tags { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { title tags { name } } } } }\n  }\n"): (typeof documents)["\n  query CountCategoryPage {\n    category(slug: \"llm\") { name postCount posts(first: 20) { totalCount edges { node { title tags { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CategoryFields on Category { id slug name description position }"): (typeof documents)["fragment CategoryFields on Category { id slug name description position }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateCategory($i: CreateCategoryInput!) {\n    r: createCategory(input: $i) { __typename ...MutationError ... on CreateCategoryPayload { category { ...CategoryFields } } }\n  }\n"): (typeof documents)["\n  mutation TestCreateCategory($i: CreateCategoryInput!) {\n    r: createCategory(input: $i) { __typename ...MutationError ... on CreateCategoryPayload { category { ...CategoryFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateCategory($i: UpdateCategoryInput!) {\n    r: updateCategory(input: $i) { __typename ...MutationError ... on UpdateCategoryPayload { category { ...CategoryFields } } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateCategory($i: UpdateCategoryInput!) {\n    r: updateCategory(input: $i) { __typename ...MutationError ... on UpdateCategoryPayload { category { ...CategoryFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeleteCategory($i: DeleteCategoryInput!) {\n    r: deleteCategory(input: $i) { __typename ...MutationError ... on DeleteCategoryPayload { deletedCategoryId } }\n  }\n"): (typeof documents)["\n  mutation TestDeleteCategory($i: DeleteCategoryInput!) {\n    r: deleteCategory(input: $i) { __typename ...MutationError ... on DeleteCategoryPayload { deletedCategoryId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestReorderCategories($ids: [ID!]!) {\n    r: reorderCategories(ids: $ids) { __typename ...MutationError ... on ReorderCategoriesPayload { categories { slug position } } }\n  }\n"): (typeof documents)["\n  mutation TestReorderCategories($ids: [ID!]!) {\n    r: reorderCategories(ids: $ids) { __typename ...MutationError ... on ReorderCategoriesPayload { categories { slug position } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateTag($i: CreateTagInput!) {\n    r: createTag(input: $i) { __typename ...MutationError ... on CreateTagPayload { tag { id slug name } } }\n  }\n"): (typeof documents)["\n  mutation TestCreateTag($i: CreateTagInput!) {\n    r: createTag(input: $i) { __typename ...MutationError ... on CreateTagPayload { tag { id slug name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateTag($i: UpdateTagInput!) {\n    r: updateTag(input: $i) { __typename ...MutationError ... on UpdateTagPayload { tag { id slug name } } }\n  }\n"): (typeof documents)["\n  mutation TestUpdateTag($i: UpdateTagInput!) {\n    r: updateTag(input: $i) { __typename ...MutationError ... on UpdateTagPayload { tag { id slug name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeleteTag($id: ID!) {\n    r: deleteTag(id: $id) { __typename ...MutationError ... on DeleteTagPayload { deletedTagId } }\n  }\n"): (typeof documents)["\n  mutation TestDeleteTag($id: ID!) {\n    r: deleteTag(id: $id) { __typename ...MutationError ... on DeleteTagPayload { deletedTagId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicCategorySlugs { categories { slug } }"): (typeof documents)["query PublicCategorySlugs { categories { slug } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedCategorySlugs { homeFeed { categories { slug } } }"): (typeof documents)["query FeedCategorySlugs { homeFeed { categories { slug } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TagName($slug: String!) { tag(slug: $slug) { name } }"): (typeof documents)["query TagName($slug: String!) { tag(slug: $slug) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCreatePostWithTag($t: String!, $tag: String!) {\n    result: createPost(input: { title: $t, kind: SHORT, tags: [$tag] }) {\n      __typename\n      ... on CreatePostPayload { post { tags { id name } } }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceCreatePostWithTag($t: String!, $tag: String!) {\n    result: createPost(input: { title: $t, kind: SHORT, tags: [$tag] }) {\n      __typename\n      ... on CreatePostPayload { post { tags { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RaceCreateCategory { result: createCategory(input: { name: \"Racing\" }) { __typename } }"): (typeof documents)["mutation RaceCreateCategory { result: createCategory(input: { name: \"Racing\" }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCreateTag($n: String!) { result: createTag(input: { name: $n, slug: \"same-slug\" }) { __typename } }\n"): (typeof documents)["\n  mutation RaceCreateTag($n: String!) { result: createTag(input: { name: $n, slug: \"same-slug\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename ... on FavoritesPayload { favorites { id } } } }\n"): (typeof documents)["\n  mutation RaceAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename ... on FavoritesPayload { favorites { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceCreatePostSameSlug($t: String!) {\n    result: createPost(input: { title: $t, slug: \"one-slug\", kind: SHORT, tags: [\"Shared New Tag\"] }) {\n      __typename\n      ... on SlugTakenError { slug path }\n    }\n  }\n"): (typeof documents)["\n  mutation RaceCreatePostSameSlug($t: String!) {\n    result: createPost(input: { title: $t, slug: \"one-slug\", kind: SHORT, tags: [\"Shared New Tag\"] }) {\n      __typename\n      ... on SlugTakenError { slug path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityCreateDraft($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on CreatePostPayload { post { id status } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation VisibilityCreateDraft($input: CreatePostInput!) {\n    createPost(input: $input) { __typename ... on CreatePostPayload { post { id status } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityPostLists {\n    all: posts(first: 100) { totalCount edges { node { title } } }\n    shorts: posts(filter: { kind: SHORT }) { totalCount edges { node { title } } }\n    llm: posts(filter: { categorySlug: \"llm\" }) { totalCount edges { node { title } } }\n    rlhf: posts(filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { title } } }\n  }\n"): (typeof documents)["\n  query VisibilityPostLists {\n    all: posts(first: 100) { totalCount edges { node { title } } }\n    shorts: posts(filter: { kind: SHORT }) { totalCount edges { node { title } } }\n    llm: posts(filter: { categorySlug: \"llm\" }) { totalCount edges { node { title } } }\n    rlhf: posts(filter: { tagSlug: \"rlhf\" }) { totalCount edges { node { title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityFilteredPosts($filter: PostFilter) { posts(filter: $filter) { totalCount edges { node { title } } } }\n"): (typeof documents)["\n  query VisibilityFilteredPosts($filter: PostFilter) { posts(filter: $filter) { totalCount edges { node { title } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityDraftLookups($id: ID!, $ids: [ID!]!, $note: String!, $short: String!) {\n    post(slug: $note) { id }\n    short: post(slug: $short) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id ... on Post { title } }\n  }\n"): (typeof documents)["\n  query VisibilityDraftLookups($id: ID!, $ids: [ID!]!, $note: String!, $short: String!) {\n    post(slug: $note) { id }\n    short: post(slug: $short) { id }\n    node(id: $id) { id }\n    nodes(ids: $ids) { id ... on Post { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityTaxonomy {\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { title } } } }\n    rlhf: tag(slug: \"rlhf\") { postCount posts { totalCount edges { node { title } } } }\n    onlyDrafts: tag(slug: \"reward-hacking\") { postCount posts { totalCount edges { node { title } } } }\n    categories { name postCount }\n    tags { slug }\n  }\n"): (typeof documents)["\n  query VisibilityTaxonomy {\n    category(slug: \"llm\") { postCount posts(first: 100) { totalCount edges { node { title } } } }\n    rlhf: tag(slug: \"rlhf\") { postCount posts { totalCount edges { node { title } } } }\n    onlyDrafts: tag(slug: \"reward-hacking\") { postCount posts { totalCount edges { node { title } } } }\n    categories { name postCount }\n    tags { slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityFavorites { favorites { title } }"): (typeof documents)["query VisibilityFavorites { favorites { title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityViewer { viewer { email } }"): (typeof documents)["query VisibilityViewer { viewer { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityEditorDraft($id: ID!, $slug: String!) {\n    post(slug: $slug) { title status isFavorite category { slug } tags { slug } }\n    node(id: $id) { ... on Post { title } }\n  }\n"): (typeof documents)["\n  query VisibilityEditorDraft($id: ID!, $slug: String!) {\n    post(slug: $slug) { title status isFavorite category { slug } tags { slug } }\n    node(id: $id) { ... on Post { title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityEditorLists($first: Int, $filter: PostFilter) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title status } } }\n  }\n"): (typeof documents)["\n  query VisibilityEditorLists($first: Int, $filter: PostFilter) {\n    posts(first: $first, filter: $filter) { totalCount edges { node { title status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityDraftOnlyTag { tag(slug: \"reward-hacking\") { slug postCount } tags { slug } }"): (typeof documents)["query VisibilityDraftOnlyTag { tag(slug: \"reward-hacking\") { slug postCount } tags { slug } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibilityPublishedCount { posts(first: 100) { totalCount } }"): (typeof documents)["query VisibilityPublishedCount { posts(first: 100) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestWebhookNode($id: ID!) { node(id: $id) { __typename ... on Webhook { url } } }"): (typeof documents)["query TestWebhookNode($id: ID!) { node(id: $id) { __typename ... on Webhook { url } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeLogout { logout }"): (typeof documents)["mutation NoChangeLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeAnonymousCreate { createPost(input: { title: \"Nope\", kind: SHORT }) { __typename } }"): (typeof documents)["mutation NoChangeAnonymousCreate { createPost(input: { title: \"Nope\", kind: SHORT }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }"): (typeof documents)["mutation NoChangeLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoChangeCreateToken { createApiToken(name: \"cache test\") { __typename ... on CreateApiTokenPayload { apiToken { id } } } }\n"): (typeof documents)["\n  mutation NoChangeCreateToken { createApiToken(name: \"cache test\") { __typename ... on CreateApiTokenPayload { apiToken { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeUpdatePost($i: UpdatePostInput!) { result: updatePost(input: $i) { __typename } }"): (typeof documents)["mutation NoChangeUpdatePost($i: UpdatePostInput!) { result: updatePost(input: $i) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeCreatePost($i: CreatePostInput!) { result: createPost(input: $i) { __typename } }"): (typeof documents)["mutation NoChangeCreatePost($i: CreatePostInput!) { result: createPost(input: $i) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeSite { result: updateSite(input: { timeZone: \"Mars/Olympus\" }) { __typename } }"): (typeof documents)["mutation NoChangeSite { result: updateSite(input: { timeZone: \"Mars/Olympus\" }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeDeletePost($i: PostRefInput!) { result: deletePost(input: $i) { __typename } }"): (typeof documents)["mutation NoChangeDeletePost($i: PostRefInput!) { result: deletePost(input: $i) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }"): (typeof documents)["mutation NoChangeAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoChangeRevokeToken($id: ID!) { result: revokeApiToken(id: $id) { __typename } }"): (typeof documents)["mutation NoChangeRevokeToken($id: ID!) { result: revokeApiToken(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditorLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }"): (typeof documents)["mutation EditorLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MutationError on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on ConflictError { currentVersion }\n    ... on SlugTakenError { slug suggestion path }\n    ... on NotFoundError { resource key }\n  }\n"): (typeof documents)["\n  fragment MutationError on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on ConflictError { currentVersion }\n    ... on SlugTakenError { slug suggestion path }\n    ... on NotFoundError { resource key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id slug kind title summary status publishedAt version isFavorite\n    category { id slug }\n    tags { id slug name }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id slug kind title summary status publishedAt version isFavorite\n    category { id slug }\n    tags { id slug name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    result: createPost(input: $input) { __typename ...MutationError ... on CreatePostPayload { post { ...PostFields } } }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    result: createPost(input: $input) { __typename ...MutationError ... on CreatePostPayload { post { ...PostFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    result: updatePost(input: $input) { __typename ...MutationError ... on UpdatePostPayload { post { ...PostFields } } }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    result: updatePost(input: $input) { __typename ...MutationError ... on UpdatePostPayload { post { ...PostFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPost($input: PublishPostInput!) {\n    result: publishPost(input: $input) { __typename ...MutationError ... on PublishPostPayload { post { ...PostFields } } }\n  }\n"): (typeof documents)["\n  mutation PublishPost($input: PublishPostInput!) {\n    result: publishPost(input: $input) { __typename ...MutationError ... on PublishPostPayload { post { ...PostFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishPost($input: PostRefInput!) {\n    result: unpublishPost(input: $input) { __typename ...MutationError ... on UnpublishPostPayload { post { ...PostFields } } }\n  }\n"): (typeof documents)["\n  mutation UnpublishPost($input: PostRefInput!) {\n    result: unpublishPost(input: $input) { __typename ...MutationError ... on UnpublishPostPayload { post { ...PostFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($input: PostRefInput!) {\n    result: deletePost(input: $input) { __typename ...MutationError ... on DeletePostPayload { deletedPostId } }\n  }\n"): (typeof documents)["\n  mutation DeletePost($input: PostRefInput!) {\n    result: deletePost(input: $input) { __typename ...MutationError ... on DeletePostPayload { deletedPostId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeFeedCard on Post { id slug title kind publishedAt hasLab isFavorite category { name } tags { slug } }\n"): (typeof documents)["\n  fragment HomeFeedCard on Post { id slug title kind publishedAt hasLab isFavorite category { name } tags { slug } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed {\n    site { title }\n    homeFeed {\n      shorts { totalCount edges { cursor node { ...HomeFeedCard } } }\n      notes { totalCount edges { cursor node { ...HomeFeedCard } } }\n      categories { slug name postCount }\n      favorites { ...HomeFeedCard }\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed {\n    site { title }\n    homeFeed {\n      shorts { totalCount edges { cursor node { ...HomeFeedCard } } }\n      notes { totalCount edges { cursor node { ...HomeFeedCard } } }\n      categories { slug name postCount }\n      favorites { ...HomeFeedCard }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookFields on Webhook { id url description events enabled createdAt }"): (typeof documents)["fragment WebhookFields on Webhook { id url description events enabled createdAt }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateWebhook($input: CreateWebhookInput!) {\n    result: createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateWebhook($input: CreateWebhookInput!) {\n    result: createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateWebhook($input: UpdateWebhookInput!) {\n    result: updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on NotFoundError { resource }\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateWebhook($input: UpdateWebhookInput!) {\n    result: updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { ...WebhookFields } }\n      ... on ValidationError { fieldErrors { path message } }\n      ... on NotFoundError { resource }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestDeleteWebhook($input: WebhookRefInput!) {\n    result: deleteWebhook(input: $input) { __typename ... on DeleteWebhookPayload { deletedWebhookId } ... on NotFoundError { resource } }\n  }\n"): (typeof documents)["\n  mutation TestDeleteWebhook($input: WebhookRefInput!) {\n    result: deleteWebhook(input: $input) { __typename ... on DeleteWebhookPayload { deletedWebhookId } ... on NotFoundError { resource } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSendTestWebhook($input: WebhookRefInput!) {\n    result: sendTestWebhook(input: $input) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { id event status attempts nextAttemptAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestSendTestWebhook($input: WebhookRefInput!) {\n    result: sendTestWebhook(input: $input) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { id event status attempts nextAttemptAt } }\n      ... on ValidationError { fieldErrors { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestWebhooks { webhooks { ...WebhookFields deliveries(first: 5) { id event status } } }"): (typeof documents)["query TestWebhooks { webhooks { ...WebhookFields deliveries(first: 5) { id event status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebhookAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }\n"): (typeof documents)["\n  mutation TestWebhookAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;