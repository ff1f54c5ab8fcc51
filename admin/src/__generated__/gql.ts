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
    "\n  fragment MutationErrors on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on SlugTakenError { slug suggestion }\n    ... on ConflictError { currentVersion }\n    ... on TooManyAttemptsError { retryAfterSeconds }\n  }\n": typeof types.MutationErrorsFragmentDoc,
    "\n  query Viewer {\n    viewer { id email name }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on LoginPayload { viewer { id email name } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query SiteTimeZone {\n    site { timeZone }\n  }\n": typeof types.SiteTimeZoneDocument,
    "\n  fragment FavoriteRow_post on Post {\n    id\n    title\n    kind\n    status\n    publishedAt\n    isFavorite\n  }\n": typeof types.FavoriteRow_PostFragmentDoc,
    "\n  query Favorites {\n    favorites { id ...FavoriteRow_post }\n    favoritesRevision\n  }\n": typeof types.FavoritesDocument,
    "\n  fragment FavoritesCache_payload on FavoritesPayload {\n    revision\n    favorites { id ...FavoriteRow_post }\n  }\n": typeof types.FavoritesCache_PayloadFragmentDoc,
    "\n  mutation ReorderFavorites($postIds: [ID!]!, $expectedRevision: Int!) {\n    reorderFavorites(postIds: $postIds, expectedRevision: $expectedRevision) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.ReorderFavoritesDocument,
    "\n  mutation AddFavorite($postId: ID!) {\n    addFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.AddFavoriteDocument,
    "\n  mutation RemoveFavorite($postId: ID!) {\n    removeFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.RemoveFavoriteDocument,
    "\n  fragment PostRow_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    publishedAt\n    updatedAt\n    isFavorite\n  }\n": typeof types.PostRow_PostFragmentDoc,
    "\n  query PostsList($first: Int!, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.PostsListDocument,
    "\n  query PostsSearch($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor highlight node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.PostsSearchDocument,
    "\n  fragment PostEditor_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    summary\n    body\n    hasLab\n    version\n    updatedAt\n    publishedAt\n    category { id name slug }\n    tags { id name slug }\n  }\n": typeof types.PostEditor_PostFragmentDoc,
    "\n  query PostEditor($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostEditor_post\n    }\n  }\n": typeof types.PostEditorDocument,
    "\n  query PostEditorOptions {\n    categories { id name }\n    tags { id name }\n  }\n": typeof types.PostEditorOptionsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on CreatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation CreatePreviewLink($postId: ID!) {\n    createPreviewLink(postId: $postId) {\n      __typename\n      ... on PreviewLink { token url expiresAt }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.CreatePreviewLinkDocument,
    "\n  mutation DeletePost($input: PostRefInput!) {\n    deletePost(input: $input) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation PublishPost($input: PublishPostInput!) {\n    publishPost(input: $input) {\n      __typename\n      ... on PublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.PublishPostDocument,
    "\n  mutation UnpublishPost($input: PostRefInput!) {\n    unpublishPost(input: $input) {\n      __typename\n      ... on UnpublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.UnpublishPostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on UpdatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  query PostFilterCategories {\n    categories { id slug name }\n  }\n": typeof types.PostFilterCategoriesDocument,
    "\n  fragment PostHistory_post on Post {\n    id\n    revisions(first: 50) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id version createdAt status title summary body author { id name } }\n      }\n    }\n  }\n": typeof types.PostHistory_PostFragmentDoc,
    "\n  query PostHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostHistory_post\n    }\n  }\n": typeof types.PostHistoryDocument,
    "\n  mutation RestorePostRevision($input: RestorePostRevisionInput!) {\n    restorePostRevision(input: $input) {\n      __typename\n      ... on RestorePostRevisionPayload { post { ...PostEditor_post ...PostHistory_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.RestorePostRevisionDocument,
    "\n  query SiteSettings {\n    site { title description baseUrl timeZone }\n  }\n": typeof types.SiteSettingsDocument,
    "\n  query ApiTokens {\n    viewer { id apiTokens { id name createdAt lastUsedAt revokedAt } }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name createdAt lastUsedAt revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on RevokeApiTokenPayload { apiToken { id revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      __typename\n      ... on UpdateSitePayload { site { title description baseUrl timeZone } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.UpdateSiteDocument,
    "\n  fragment Webhooks_webhook on Webhook {\n    id\n    url\n    description\n    events\n    enabled\n    createdAt\n  }\n": typeof types.Webhooks_WebhookFragmentDoc,
    "\n  fragment WebhookDeliveries_delivery on WebhookDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    deliveredAt\n    nextAttemptAt\n  }\n": typeof types.WebhookDeliveries_DeliveryFragmentDoc,
    "\n  query Webhooks {\n    webhooks { ...Webhooks_webhook }\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Webhook { deliveries(first: 20) { ...WebhookDeliveries_delivery } }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...Webhooks_webhook } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(input: { id: $id }) {\n      __typename\n      ... on DeleteWebhookPayload { deletedWebhookId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(input: { id: $id }) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { ...WebhookDeliveries_delivery } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { id url description events enabled } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  query Categories {\n    categories { id name slug description position postCount }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Tags {\n    tags { id name slug postCount }\n  }\n": typeof types.TagsDocument,
    "\n  query TaxonomyPostTotal($filter: PostFilter!) {\n    posts(first: 1, filter: $filter) { totalCount }\n  }\n": typeof types.TaxonomyPostTotalDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      __typename\n      ... on CreateCategoryPayload { category { id name slug description position postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      __typename\n      ... on CreateTagPayload { tag { id name slug postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation DeleteCategory($input: DeleteCategoryInput!) {\n    deleteCategory(input: $input) {\n      __typename\n      ... on DeleteCategoryPayload { deletedCategoryId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.DeleteCategoryDocument,
    "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id) {\n      __typename\n      ... on DeleteTagPayload { deletedTagId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.DeleteTagDocument,
    "\n  mutation ReorderCategories($ids: [ID!]!) {\n    reorderCategories(ids: $ids) {\n      __typename\n      ... on ReorderCategoriesPayload { categories { id position } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.ReorderCategoriesDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      __typename\n      ... on UpdateCategoryPayload { category { id name slug description } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      __typename\n      ... on UpdateTagPayload { tag { id name slug } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": typeof types.UpdateTagDocument,
};
const documents: Documents = {
    "\n  fragment MutationErrors on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on SlugTakenError { slug suggestion }\n    ... on ConflictError { currentVersion }\n    ... on TooManyAttemptsError { retryAfterSeconds }\n  }\n": types.MutationErrorsFragmentDoc,
    "\n  query Viewer {\n    viewer { id email name }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on LoginPayload { viewer { id email name } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query SiteTimeZone {\n    site { timeZone }\n  }\n": types.SiteTimeZoneDocument,
    "\n  fragment FavoriteRow_post on Post {\n    id\n    title\n    kind\n    status\n    publishedAt\n    isFavorite\n  }\n": types.FavoriteRow_PostFragmentDoc,
    "\n  query Favorites {\n    favorites { id ...FavoriteRow_post }\n    favoritesRevision\n  }\n": types.FavoritesDocument,
    "\n  fragment FavoritesCache_payload on FavoritesPayload {\n    revision\n    favorites { id ...FavoriteRow_post }\n  }\n": types.FavoritesCache_PayloadFragmentDoc,
    "\n  mutation ReorderFavorites($postIds: [ID!]!, $expectedRevision: Int!) {\n    reorderFavorites(postIds: $postIds, expectedRevision: $expectedRevision) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.ReorderFavoritesDocument,
    "\n  mutation AddFavorite($postId: ID!) {\n    addFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.AddFavoriteDocument,
    "\n  mutation RemoveFavorite($postId: ID!) {\n    removeFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.RemoveFavoriteDocument,
    "\n  fragment PostRow_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    publishedAt\n    updatedAt\n    isFavorite\n  }\n": types.PostRow_PostFragmentDoc,
    "\n  query PostsList($first: Int!, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.PostsListDocument,
    "\n  query PostsSearch($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor highlight node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.PostsSearchDocument,
    "\n  fragment PostEditor_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    summary\n    body\n    hasLab\n    version\n    updatedAt\n    publishedAt\n    category { id name slug }\n    tags { id name slug }\n  }\n": types.PostEditor_PostFragmentDoc,
    "\n  query PostEditor($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostEditor_post\n    }\n  }\n": types.PostEditorDocument,
    "\n  query PostEditorOptions {\n    categories { id name }\n    tags { id name }\n  }\n": types.PostEditorOptionsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on CreatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation CreatePreviewLink($postId: ID!) {\n    createPreviewLink(postId: $postId) {\n      __typename\n      ... on PreviewLink { token url expiresAt }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.CreatePreviewLinkDocument,
    "\n  mutation DeletePost($input: PostRefInput!) {\n    deletePost(input: $input) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation PublishPost($input: PublishPostInput!) {\n    publishPost(input: $input) {\n      __typename\n      ... on PublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.PublishPostDocument,
    "\n  mutation UnpublishPost($input: PostRefInput!) {\n    unpublishPost(input: $input) {\n      __typename\n      ... on UnpublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.UnpublishPostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on UpdatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.UpdatePostDocument,
    "\n  query PostFilterCategories {\n    categories { id slug name }\n  }\n": types.PostFilterCategoriesDocument,
    "\n  fragment PostHistory_post on Post {\n    id\n    revisions(first: 50) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id version createdAt status title summary body author { id name } }\n      }\n    }\n  }\n": types.PostHistory_PostFragmentDoc,
    "\n  query PostHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostHistory_post\n    }\n  }\n": types.PostHistoryDocument,
    "\n  mutation RestorePostRevision($input: RestorePostRevisionInput!) {\n    restorePostRevision(input: $input) {\n      __typename\n      ... on RestorePostRevisionPayload { post { ...PostEditor_post ...PostHistory_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.RestorePostRevisionDocument,
    "\n  query SiteSettings {\n    site { title description baseUrl timeZone }\n  }\n": types.SiteSettingsDocument,
    "\n  query ApiTokens {\n    viewer { id apiTokens { id name createdAt lastUsedAt revokedAt } }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name createdAt lastUsedAt revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on RevokeApiTokenPayload { apiToken { id revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      __typename\n      ... on UpdateSitePayload { site { title description baseUrl timeZone } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.UpdateSiteDocument,
    "\n  fragment Webhooks_webhook on Webhook {\n    id\n    url\n    description\n    events\n    enabled\n    createdAt\n  }\n": types.Webhooks_WebhookFragmentDoc,
    "\n  fragment WebhookDeliveries_delivery on WebhookDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    deliveredAt\n    nextAttemptAt\n  }\n": types.WebhookDeliveries_DeliveryFragmentDoc,
    "\n  query Webhooks {\n    webhooks { ...Webhooks_webhook }\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Webhook { deliveries(first: 20) { ...WebhookDeliveries_delivery } }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...Webhooks_webhook } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(input: { id: $id }) {\n      __typename\n      ... on DeleteWebhookPayload { deletedWebhookId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(input: { id: $id }) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { ...WebhookDeliveries_delivery } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { id url description events enabled } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  query Categories {\n    categories { id name slug description position postCount }\n  }\n": types.CategoriesDocument,
    "\n  query Tags {\n    tags { id name slug postCount }\n  }\n": types.TagsDocument,
    "\n  query TaxonomyPostTotal($filter: PostFilter!) {\n    posts(first: 1, filter: $filter) { totalCount }\n  }\n": types.TaxonomyPostTotalDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      __typename\n      ... on CreateCategoryPayload { category { id name slug description position postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      __typename\n      ... on CreateTagPayload { tag { id name slug postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.CreateTagDocument,
    "\n  mutation DeleteCategory($input: DeleteCategoryInput!) {\n    deleteCategory(input: $input) {\n      __typename\n      ... on DeleteCategoryPayload { deletedCategoryId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.DeleteCategoryDocument,
    "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id) {\n      __typename\n      ... on DeleteTagPayload { deletedTagId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.DeleteTagDocument,
    "\n  mutation ReorderCategories($ids: [ID!]!) {\n    reorderCategories(ids: $ids) {\n      __typename\n      ... on ReorderCategoriesPayload { categories { id position } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.ReorderCategoriesDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      __typename\n      ... on UpdateCategoryPayload { category { id name slug description } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      __typename\n      ... on UpdateTagPayload { tag { id name slug } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n": types.UpdateTagDocument,
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
export function graphql(source: "\n  fragment MutationErrors on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on SlugTakenError { slug suggestion }\n    ... on ConflictError { currentVersion }\n    ... on TooManyAttemptsError { retryAfterSeconds }\n  }\n"): (typeof documents)["\n  fragment MutationErrors on Error {\n    message\n    ... on ValidationError { fieldErrors { path message } }\n    ... on SlugTakenError { slug suggestion }\n    ... on ConflictError { currentVersion }\n    ... on TooManyAttemptsError { retryAfterSeconds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id email name }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { id email name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on LoginPayload { viewer { id email name } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      __typename\n      ... on LoginPayload { viewer { id email name } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteTimeZone {\n    site { timeZone }\n  }\n"): (typeof documents)["\n  query SiteTimeZone {\n    site { timeZone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FavoriteRow_post on Post {\n    id\n    title\n    kind\n    status\n    publishedAt\n    isFavorite\n  }\n"): (typeof documents)["\n  fragment FavoriteRow_post on Post {\n    id\n    title\n    kind\n    status\n    publishedAt\n    isFavorite\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Favorites {\n    favorites { id ...FavoriteRow_post }\n    favoritesRevision\n  }\n"): (typeof documents)["\n  query Favorites {\n    favorites { id ...FavoriteRow_post }\n    favoritesRevision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FavoritesCache_payload on FavoritesPayload {\n    revision\n    favorites { id ...FavoriteRow_post }\n  }\n"): (typeof documents)["\n  fragment FavoritesCache_payload on FavoritesPayload {\n    revision\n    favorites { id ...FavoriteRow_post }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderFavorites($postIds: [ID!]!, $expectedRevision: Int!) {\n    reorderFavorites(postIds: $postIds, expectedRevision: $expectedRevision) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderFavorites($postIds: [ID!]!, $expectedRevision: Int!) {\n    reorderFavorites(postIds: $postIds, expectedRevision: $expectedRevision) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFavorite($postId: ID!) {\n    addFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation AddFavorite($postId: ID!) {\n    addFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFavorite($postId: ID!) {\n    removeFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFavorite($postId: ID!) {\n    removeFavorite(postId: $postId) {\n      __typename\n      ...FavoritesCache_payload\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostRow_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    publishedAt\n    updatedAt\n    isFavorite\n  }\n"): (typeof documents)["\n  fragment PostRow_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    publishedAt\n    updatedAt\n    isFavorite\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsList($first: Int!, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query PostsList($first: Int!, $after: String, $filter: PostFilter) {\n    posts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { cursor node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsSearch($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor highlight node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query PostsSearch($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {\n    search(query: $query, first: $first, after: $after, filter: $filter) {\n      edges { cursor highlight node { id ...PostRow_post } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostEditor_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    summary\n    body\n    hasLab\n    version\n    updatedAt\n    publishedAt\n    category { id name slug }\n    tags { id name slug }\n  }\n"): (typeof documents)["\n  fragment PostEditor_post on Post {\n    id\n    title\n    slug\n    kind\n    status\n    summary\n    body\n    hasLab\n    version\n    updatedAt\n    publishedAt\n    category { id name slug }\n    tags { id name slug }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostEditor($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostEditor_post\n    }\n  }\n"): (typeof documents)["\n  query PostEditor($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostEditor_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostEditorOptions {\n    categories { id name }\n    tags { id name }\n  }\n"): (typeof documents)["\n  query PostEditorOptions {\n    categories { id name }\n    tags { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on CreatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      __typename\n      ... on CreatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePreviewLink($postId: ID!) {\n    createPreviewLink(postId: $postId) {\n      __typename\n      ... on PreviewLink { token url expiresAt }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePreviewLink($postId: ID!) {\n    createPreviewLink(postId: $postId) {\n      __typename\n      ... on PreviewLink { token url expiresAt }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($input: PostRefInput!) {\n    deletePost(input: $input) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($input: PostRefInput!) {\n    deletePost(input: $input) {\n      __typename\n      ... on DeletePostPayload { deletedPostId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPost($input: PublishPostInput!) {\n    publishPost(input: $input) {\n      __typename\n      ... on PublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPost($input: PublishPostInput!) {\n    publishPost(input: $input) {\n      __typename\n      ... on PublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishPost($input: PostRefInput!) {\n    unpublishPost(input: $input) {\n      __typename\n      ... on UnpublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishPost($input: PostRefInput!) {\n    unpublishPost(input: $input) {\n      __typename\n      ... on UnpublishPostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on UpdatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      __typename\n      ... on UpdatePostPayload { post { ...PostEditor_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostFilterCategories {\n    categories { id slug name }\n  }\n"): (typeof documents)["\n  query PostFilterCategories {\n    categories { id slug name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostHistory_post on Post {\n    id\n    revisions(first: 50) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id version createdAt status title summary body author { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostHistory_post on Post {\n    id\n    revisions(first: 50) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id version createdAt status title summary body author { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostHistory_post\n    }\n  }\n"): (typeof documents)["\n  query PostHistory($id: ID!) {\n    node(id: $id) {\n      id\n      ...PostHistory_post\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePostRevision($input: RestorePostRevisionInput!) {\n    restorePostRevision(input: $input) {\n      __typename\n      ... on RestorePostRevisionPayload { post { ...PostEditor_post ...PostHistory_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePostRevision($input: RestorePostRevisionInput!) {\n    restorePostRevision(input: $input) {\n      __typename\n      ... on RestorePostRevisionPayload { post { ...PostEditor_post ...PostHistory_post } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSettings {\n    site { title description baseUrl timeZone }\n  }\n"): (typeof documents)["\n  query SiteSettings {\n    site { title description baseUrl timeZone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    viewer { id apiTokens { id name createdAt lastUsedAt revokedAt } }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    viewer { id apiTokens { id name createdAt lastUsedAt revokedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name createdAt lastUsedAt revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      __typename\n      ... on CreateApiTokenPayload { token apiToken { id name createdAt lastUsedAt revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on RevokeApiTokenPayload { apiToken { id revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on RevokeApiTokenPayload { apiToken { id revokedAt } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      __typename\n      ... on UpdateSitePayload { site { title description baseUrl timeZone } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      __typename\n      ... on UpdateSitePayload { site { title description baseUrl timeZone } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Webhooks_webhook on Webhook {\n    id\n    url\n    description\n    events\n    enabled\n    createdAt\n  }\n"): (typeof documents)["\n  fragment Webhooks_webhook on Webhook {\n    id\n    url\n    description\n    events\n    enabled\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveries_delivery on WebhookDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    deliveredAt\n    nextAttemptAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveries_delivery on WebhookDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    deliveredAt\n    nextAttemptAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks { ...Webhooks_webhook }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks { ...Webhooks_webhook }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Webhook { deliveries(first: 20) { ...WebhookDeliveries_delivery } }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Webhook { deliveries(first: 20) { ...WebhookDeliveries_delivery } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...Webhooks_webhook } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      __typename\n      ... on CreateWebhookPayload { secret webhook { ...Webhooks_webhook } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(input: { id: $id }) {\n      __typename\n      ... on DeleteWebhookPayload { deletedWebhookId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(input: { id: $id }) {\n      __typename\n      ... on DeleteWebhookPayload { deletedWebhookId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(input: { id: $id }) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { ...WebhookDeliveries_delivery } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(input: { id: $id }) {\n      __typename\n      ... on SendTestWebhookPayload { delivery { ...WebhookDeliveries_delivery } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { id url description events enabled } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhook($input: UpdateWebhookInput!) {\n    updateWebhook(input: $input) {\n      __typename\n      ... on UpdateWebhookPayload { webhook { id url description events enabled } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories { id name slug description position postCount }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories { id name slug description position postCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags {\n    tags { id name slug postCount }\n  }\n"): (typeof documents)["\n  query Tags {\n    tags { id name slug postCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxonomyPostTotal($filter: PostFilter!) {\n    posts(first: 1, filter: $filter) { totalCount }\n  }\n"): (typeof documents)["\n  query TaxonomyPostTotal($filter: PostFilter!) {\n    posts(first: 1, filter: $filter) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      __typename\n      ... on CreateCategoryPayload { category { id name slug description position postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      __typename\n      ... on CreateCategoryPayload { category { id name slug description position postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      __typename\n      ... on CreateTagPayload { tag { id name slug postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      __typename\n      ... on CreateTagPayload { tag { id name slug postCount } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCategory($input: DeleteCategoryInput!) {\n    deleteCategory(input: $input) {\n      __typename\n      ... on DeleteCategoryPayload { deletedCategoryId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCategory($input: DeleteCategoryInput!) {\n    deleteCategory(input: $input) {\n      __typename\n      ... on DeleteCategoryPayload { deletedCategoryId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id) {\n      __typename\n      ... on DeleteTagPayload { deletedTagId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id) {\n      __typename\n      ... on DeleteTagPayload { deletedTagId }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCategories($ids: [ID!]!) {\n    reorderCategories(ids: $ids) {\n      __typename\n      ... on ReorderCategoriesPayload { categories { id position } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCategories($ids: [ID!]!) {\n    reorderCategories(ids: $ids) {\n      __typename\n      ... on ReorderCategoriesPayload { categories { id position } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      __typename\n      ... on UpdateCategoryPayload { category { id name slug description } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      __typename\n      ... on UpdateCategoryPayload { category { id name slug description } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      __typename\n      ... on UpdateTagPayload { tag { id name slug } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) {\n      __typename\n      ... on UpdateTagPayload { tag { id name slug } }\n      ... on Error { ...MutationErrors }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;