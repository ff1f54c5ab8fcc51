import { useSession } from '../session/SessionGate';
import { useConnectionState } from '../status/connection';
import { describeSaveState, useSaveState } from '../status/SaveState';

/**
 * The bottom bar: the current editor's save state, the connection (browser online + gateway
 * answering), and who is signed in. A polite live region, so changes are announced without
 * interrupting.
 */
export function StatusBar() {
  const save = useSaveState();
  const { isOnline, isGatewayReachable } = useConnectionState();
  const { email } = useSession();
  const connection = !isOnline ? 'Offline' : isGatewayReachable ? 'Connected' : 'Gateway unreachable';
  return (
    <footer className="status-bar" role="status" aria-label="Status">
      <span className={`status-save status-save-${save.kind}`}>{describeSaveState(save)}</span>
      <span className="toolbar-spacer" />
      <span className={`status-connection ${isOnline && isGatewayReachable ? 'ok' : 'bad'}`}>
        <span className="status-dot" aria-hidden="true" />
        {connection}
      </span>
      <span className="status-user">Signed in as {email}</span>
    </footer>
  );
}
