import { graphql } from '../../__generated__';

/** Who is signed in; null when anonymous. Decides between the sign-in screen and the shell. */
export const ViewerDocument = graphql(`
  query Viewer {
    viewer { id email name }
  }
`);
