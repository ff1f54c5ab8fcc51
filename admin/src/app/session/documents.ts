import { graphql } from '../../__generated__';

/** Who is signed in; null when anonymous. Decides between the sign-in screen and the shell. */
export const ViewerDocument = graphql(`
  query Viewer {
    viewer { id email name }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      __typename
      ... on LoginPayload { viewer { id email name } }
      ... on InvalidCredentialsError { message }
      ... on TooManyAttemptsError { message retryAfterSeconds }
      ... on ValidationError { message fieldErrors { path message } }
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    logout
  }
`);
