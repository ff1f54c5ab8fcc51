import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * The app's one error boundary: an unexpected render error shows a readable message with a way
 * out instead of a blank window. Expected failures (validation, conflicts, network) never get
 * here: panes render them beside the fields they concern. Unsaved edits autosaved by the editor
 * (localStorage) survive the reload this offers.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Admin crashed while rendering', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="sign-in-screen">
        <div className="sign-in-card" role="alert">
          <h1>Something went wrong</h1>
          <p>The admin hit an unexpected error and stopped this view. Reloading usually helps; locally saved drafts are kept.</p>
          <details>
            <summary>Technical details</summary>
            <pre style={{ whiteSpace: 'pre-wrap' }}>{error.message}</pre>
          </details>
          <p style={{ marginTop: 16 }}>
            <button type="button" className="button primary" onClick={() => window.location.reload()}>
              Reload
            </button>{' '}
            <button type="button" className="button" onClick={() => this.setState({ error: null })}>
              Try to continue
            </button>
          </p>
        </div>
      </main>
    );
  }
}
