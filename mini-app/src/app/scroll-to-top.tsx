import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** A new screen starts at its top (the browser would keep the previous screen's scroll). */
export function ScrollToTop() {
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolling is the reaction to a new pathname
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return null;
}
