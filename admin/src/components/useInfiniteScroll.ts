import { useEffect, useRef, type RefObject } from 'react';

/**
 * Calls `onReach` when the sentinel element scrolls within `marginPx` of the bottom of `root`
 * (IntersectionObserver: no scroll listeners, no layout reads). Pass `enabled: false` while a
 * page is loading or when there is none left. Keep a visible "Load more" button beside it:
 * observers do not fire for keyboard-only users who never scroll, or where unsupported.
 */
export function useInfiniteScroll(options: {
  root: RefObject<HTMLElement | null>;
  sentinel: RefObject<HTMLElement | null>;
  enabled: boolean;
  onReach: () => void;
  marginPx?: number;
}): void {
  const { root, sentinel, enabled, marginPx = 300 } = options;
  const onReach = useRef(options.onReach);
  onReach.current = options.onReach;
  useEffect(() => {
    const target = sentinel.current;
    if (!enabled || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onReach.current();
      },
      { root: root.current, rootMargin: `0px 0px ${marginPx}px 0px` },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [root, sentinel, enabled, marginPx]);
}
