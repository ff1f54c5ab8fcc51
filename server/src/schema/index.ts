// Imports every type file (each registers its types on the builder) and exports the schema.
import { builder } from '../builder.ts';
import { documentListLimits } from './list-limits.ts';
import './errors.ts';
import './post.ts';
import './post-connection.ts';
import './post-mutations.ts';
import './category.ts';
import './tag.ts';
import './taxonomy-mutations.ts';
import './favorite.ts';
import './home-feed.ts';
import './site.ts';
import './viewer.ts';
import './api-token.ts';
import './addresses.ts';
import './revisions.ts';
import './route.ts';
import './preview.ts';
import './webhooks.ts';
import './search.ts';

export const schema = documentListLimits(builder.toSchema({ sortSchema: true }));
