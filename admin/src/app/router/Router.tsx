import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { parsePath, routePath, type Route } from './routes';

/** Answers true when navigation may go ahead (e.g. no unsaved edits, or the user said discard). */
export type NavigationGuard = () => boolean;

interface RouterValue {
  route: Route;
  /** Goes to `route` unless a guard refuses; `replace` rewrites the current history entry. */
  navigate: (route: Route, options?: { replace?: boolean }) => boolean;
  addGuard: (guard: NavigationGuard) => () => void;
}

const RouterContext = createContext<RouterValue | null>(null);

/**
 * A deliberately tiny history router (no react-router): the admin has eight sections and one
 * selected item each, so matching is a table lookup (routes.ts) and the whole router is smaller
 * than a dependency's changelog. Back/forward run the same guards as in-app navigation.
 */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>(() => parsePath(window.location.pathname));
  const guards = useRef(new Set<NavigationGuard>());
  const current = useRef(route);
  current.current = route;

  const mayLeave = useCallback(() => [...guards.current].every((guard) => guard()), []);

  useEffect(() => {
    const onPopState = () => {
      const next = parsePath(window.location.pathname);
      // The URL already changed; put the old one back when a guard refuses.
      if (!mayLeave()) return window.history.pushState(null, '', routePath(current.current));
      setRoute(next);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [mayLeave]);

  const navigate = useCallback<RouterValue['navigate']>(
    (next, options) => {
      const same = next.section === current.current.section && next.itemId === current.current.itemId;
      if (same) return true;
      if (!mayLeave()) return false;
      window.history[options?.replace ? 'replaceState' : 'pushState'](null, '', routePath(next));
      setRoute(next);
      return true;
    },
    [mayLeave],
  );

  const addGuard = useCallback((guard: NavigationGuard) => {
    guards.current.add(guard);
    return () => void guards.current.delete(guard);
  }, []);

  const value = useMemo(() => ({ route, navigate, addGuard }), [route, navigate, addGuard]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRoute/useNavigate need <RouterProvider>');
  return value;
}

/** The current section and selected item. */
export const useRoute = (): Route => useRouter().route;

/** `navigate(route)`; returns false when a guard kept the user on the page. */
export const useNavigate = (): RouterValue['navigate'] => useRouter().navigate;

/**
 * While `when` is true, in-app navigation, back/forward and closing the tab ask before leaving.
 * For editors with unsaved edits. `confirm` defaults to the
 * browser's dialog; an editor may pass its own (e.g. one that autosaves and returns true).
 */
export function useNavigationGuard(when: boolean, options: { message?: string; confirm?: () => boolean } = {}): void {
  const { addGuard } = useRouter();
  const message = options.message ?? 'You have unsaved changes. Leave without saving?';
  const confirmRef = useRef(options.confirm);
  confirmRef.current = options.confirm;
  useEffect(() => {
    if (!when) return;
    const removeGuard = addGuard(() => (confirmRef.current ?? (() => window.confirm(message)))());
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      removeGuard();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [when, message, addGuard]);
}
