import { createContext, useContext, useRef, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessionExpired } from '../../apollo/unauthenticated';
import { Dialog } from '../../components/Dialog';
import { SignInForm } from './SignInForm';
import { ViewerDocument } from './documents';

export interface SessionValue {
  email: string;
  name: string;
}

const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in editor (inside the shell only). */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs <SessionGate>');
  return value;
}

/**
 * Decides between the sign-in screen and the app with the `viewer` query on start (so a
 * session survives reloads). Once the app is shown it stays mounted until sign-out (a reload):
 * when the session expires mid-edit (an UNAUTHENTICATED answer, or viewer turning null) the
 * sign-in form opens as a modal dialog over the untouched app, and every pane keeps its state —
 * unsaved edits included (admin/README.md, "Sign-in and unsaved edits").
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  const isExpired = useSessionExpired();
  const lastViewer = useRef<{ email: string; name: string } | null>(null);

  const viewer = data?.viewer ?? null;
  if (viewer) lastViewer.current = viewer;
  const shown = viewer ?? lastViewer.current;

  if (!shown) {
    if (loading && !data)
      return (
        <p className="splash" role="status">
          Loading…
        </p>
      );
    if (error && !data) return <GatewayUnreachable message={error.message} retry={() => void refetch()} />;
    return <SignInScreen />;
  }

  const value: SessionValue = { email: shown.email, name: shown.name };
  return (
    <SessionContext.Provider value={value}>
      {children}
      {isExpired || (!viewer && data) ? (
        <Dialog title="Your session has ended" onClose={() => undefined}>
          <p>Sign in again to continue. Your unsaved changes are still here.</p>
          <SignInForm initialEmail={shown.email} />
        </Dialog>
      ) : null}
    </SessionContext.Provider>
  );
}

function SignInScreen() {
  return (
    <main className="sign-in-screen">
      <div className="sign-in-card">
        <h1>Sign in</h1>
        <p>lenatriestounderstand — admin</p>
        <SignInForm />
      </div>
    </main>
  );
}

function GatewayUnreachable({ message, retry }: { message: string; retry: () => void }) {
  return (
    <main className="sign-in-screen">
      <div className="sign-in-card" role="alert">
        <h1>Cannot reach the gateway</h1>
        <p>{message}</p>
        <button type="button" className="button primary" onClick={retry}>
          Try again
        </button>
      </div>
    </main>
  );
}
