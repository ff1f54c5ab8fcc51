import { useEffect, useSyncExternalStore } from 'react';

/** What the status bar shows: the browser's network state and whether the gateway answered. */
export interface ConnectionState {
  isOnline: boolean;
  isGatewayReachable: boolean;
}

let state: ConnectionState = { isOnline: typeof navigator === 'undefined' ? true : navigator.onLine, isGatewayReachable: true };
const listeners = new Set<() => void>();
function update(patch: Partial<ConnectionState>) {
  const next = { ...state, ...patch };
  if (next.isOnline === state.isOnline && next.isGatewayReachable === state.isGatewayReachable) return;
  state = next;
  for (const listener of listeners) listener();
}

/** Fed by the Apollo client (admin/src/apollo/client.ts): every answer or network failure. */
export const reportGatewayReachable = (isReachable: boolean): void => update({ isGatewayReachable: isReachable });

// A quiet request often enough to notice an outage before the user saves, rarely enough to be
// free: /healthz is a constant answer that touches no database.
const PROBE_INTERVAL_MS = 30_000;

async function probe(): Promise<void> {
  try {
    const response = await fetch('/healthz', { cache: 'no-store' });
    update({ isGatewayReachable: response.ok });
  } catch {
    update({ isGatewayReachable: false });
  }
}

/** The connection state; while mounted, probes the gateway periodically and on regaining network. */
export function useConnectionState(): ConnectionState {
  useEffect(() => {
    const onOnline = () => {
      update({ isOnline: true });
      void probe();
    };
    const onOffline = () => update({ isOnline: false });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    const timer = window.setInterval(() => void probe(), PROBE_INTERVAL_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      window.clearInterval(timer);
    };
  }, []);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
