
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddFavoriteResult": [
      "ConflictError",
      "FavoritesPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "CreateApiTokenResult": [
      "CreateApiTokenPayload",
      "ValidationError"
    ],
    "CreateCategoryResult": [
      "CreateCategoryPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "CreatePostResult": [
      "ConflictError",
      "CreatePostPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "CreatePreviewLinkResult": [
      "NotFoundError",
      "PreviewLink",
      "ValidationError"
    ],
    "CreateTagResult": [
      "CreateTagPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "CreateWebhookResult": [
      "CreateWebhookPayload",
      "ValidationError"
    ],
    "DeleteCategoryResult": [
      "DeleteCategoryPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "DeletePostResult": [
      "ConflictError",
      "DeletePostPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "DeleteTagResult": [
      "DeleteTagPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "DeleteWebhookResult": [
      "DeleteWebhookPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "Error": [
      "ConflictError",
      "InvalidCredentialsError",
      "NotFoundError",
      "SlugTakenError",
      "TooManyAttemptsError",
      "ValidationError"
    ],
    "LoginResult": [
      "InvalidCredentialsError",
      "LoginPayload",
      "TooManyAttemptsError",
      "ValidationError"
    ],
    "Node": [
      "ApiToken",
      "Category",
      "Post",
      "PostRevision",
      "Tag",
      "Webhook"
    ],
    "PublishPostResult": [
      "ConflictError",
      "NotFoundError",
      "PublishPostPayload",
      "SlugTakenError",
      "ValidationError"
    ],
    "RemoveFavoriteResult": [
      "ConflictError",
      "FavoritesPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "ReorderCategoriesResult": [
      "ReorderCategoriesPayload",
      "ValidationError"
    ],
    "ReorderFavoritesResult": [
      "ConflictError",
      "FavoritesPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "RestorePostRevisionResult": [
      "ConflictError",
      "NotFoundError",
      "RestorePostRevisionPayload",
      "SlugTakenError",
      "ValidationError"
    ],
    "RevokeApiTokenResult": [
      "NotFoundError",
      "RevokeApiTokenPayload",
      "ValidationError"
    ],
    "RevokePreviewLinksResult": [
      "NotFoundError",
      "RevokePreviewLinksPayload",
      "ValidationError"
    ],
    "Route": [
      "Category",
      "Post",
      "Redirect",
      "Tag"
    ],
    "SendTestWebhookResult": [
      "NotFoundError",
      "SendTestWebhookPayload",
      "ValidationError"
    ],
    "UnpublishPostResult": [
      "ConflictError",
      "NotFoundError",
      "SlugTakenError",
      "UnpublishPostPayload",
      "ValidationError"
    ],
    "UpdateCategoryResult": [
      "NotFoundError",
      "SlugTakenError",
      "UpdateCategoryPayload",
      "ValidationError"
    ],
    "UpdatePostResult": [
      "ConflictError",
      "NotFoundError",
      "SlugTakenError",
      "UpdatePostPayload",
      "ValidationError"
    ],
    "UpdateSiteResult": [
      "UpdateSitePayload",
      "ValidationError"
    ],
    "UpdateTagResult": [
      "NotFoundError",
      "SlugTakenError",
      "UpdateTagPayload",
      "ValidationError"
    ],
    "UpdateWebhookResult": [
      "NotFoundError",
      "UpdateWebhookPayload",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddFavoriteResult": [
      "ConflictError",
      "FavoritesPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "CreateApiTokenResult": [
      "CreateApiTokenPayload",
      "ValidationError"
    ],
    "CreateCategoryResult": [
      "CreateCategoryPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "CreatePostResult": [
      "ConflictError",
      "CreatePostPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "CreatePreviewLinkResult": [
      "NotFoundError",
      "PreviewLink",
      "ValidationError"
    ],
    "CreateTagResult": [
      "CreateTagPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "CreateWebhookResult": [
      "CreateWebhookPayload",
      "ValidationError"
    ],
    "DeleteCategoryResult": [
      "DeleteCategoryPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "DeletePostResult": [
      "ConflictError",
      "DeletePostPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "DeleteTagResult": [
      "DeleteTagPayload",
      "NotFoundError",
      "SlugTakenError",
      "ValidationError"
    ],
    "DeleteWebhookResult": [
      "DeleteWebhookPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "Error": [
      "ConflictError",
      "InvalidCredentialsError",
      "NotFoundError",
      "SlugTakenError",
      "TooManyAttemptsError",
      "ValidationError"
    ],
    "LoginResult": [
      "InvalidCredentialsError",
      "LoginPayload",
      "TooManyAttemptsError",
      "ValidationError"
    ],
    "Node": [
      "ApiToken",
      "Category",
      "Post",
      "PostRevision",
      "Tag",
      "Webhook"
    ],
    "PublishPostResult": [
      "ConflictError",
      "NotFoundError",
      "PublishPostPayload",
      "SlugTakenError",
      "ValidationError"
    ],
    "RemoveFavoriteResult": [
      "ConflictError",
      "FavoritesPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "ReorderCategoriesResult": [
      "ReorderCategoriesPayload",
      "ValidationError"
    ],
    "ReorderFavoritesResult": [
      "ConflictError",
      "FavoritesPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "RestorePostRevisionResult": [
      "ConflictError",
      "NotFoundError",
      "RestorePostRevisionPayload",
      "SlugTakenError",
      "ValidationError"
    ],
    "RevokeApiTokenResult": [
      "NotFoundError",
      "RevokeApiTokenPayload",
      "ValidationError"
    ],
    "RevokePreviewLinksResult": [
      "NotFoundError",
      "RevokePreviewLinksPayload",
      "ValidationError"
    ],
    "Route": [
      "Category",
      "Post",
      "Redirect",
      "Tag"
    ],
    "SendTestWebhookResult": [
      "NotFoundError",
      "SendTestWebhookPayload",
      "ValidationError"
    ],
    "UnpublishPostResult": [
      "ConflictError",
      "NotFoundError",
      "SlugTakenError",
      "UnpublishPostPayload",
      "ValidationError"
    ],
    "UpdateCategoryResult": [
      "NotFoundError",
      "SlugTakenError",
      "UpdateCategoryPayload",
      "ValidationError"
    ],
    "UpdatePostResult": [
      "ConflictError",
      "NotFoundError",
      "SlugTakenError",
      "UpdatePostPayload",
      "ValidationError"
    ],
    "UpdateSiteResult": [
      "UpdateSitePayload",
      "ValidationError"
    ],
    "UpdateTagResult": [
      "NotFoundError",
      "SlugTakenError",
      "UpdateTagPayload",
      "ValidationError"
    ],
    "UpdateWebhookResult": [
      "NotFoundError",
      "UpdateWebhookPayload",
      "ValidationError"
    ]
  }
};
      export default result;
    