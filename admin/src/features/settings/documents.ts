import { graphql } from '../../__generated__';

export const SiteSettingsDocument = graphql(`
  query SiteSettings {
    site { title description baseUrl timeZone }
  }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    viewer { id apiTokens { id name createdAt lastUsedAt revokedAt } }
  }
`);
