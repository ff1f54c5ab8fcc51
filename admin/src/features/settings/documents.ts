import { graphql } from '../../__generated__';

export const SiteSettingsDocument = graphql(`
  query SiteSettings {
    site { title description baseUrl timeZone }
  }
`);

/** Site is a singleton in the cache (keyFields: []), so the payload updates every reader. */
export const UpdateSiteDocument = graphql(`
  mutation UpdateSite($input: UpdateSiteInput!) {
    updateSite(input: $input) {
      __typename
      ... on UpdateSitePayload { site { title description baseUrl timeZone } }
      ... on ValidationError { message fieldErrors { path message } }
    }
  }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    viewer { id apiTokens { id name createdAt lastUsedAt revokedAt } }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      __typename
      ... on CreateApiTokenPayload { token apiToken { id name createdAt lastUsedAt revokedAt } }
      ... on ValidationError { message fieldErrors { path message } }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      __typename
      ... on RevokeApiTokenPayload { apiToken { id revokedAt } }
      ... on Error { message }
    }
  }
`);
