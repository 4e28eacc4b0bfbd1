// A hash router: "#/inbox?status=open" → { parts: ['inbox'], query }. go() to the current hash
// loads the screen again (after an action, the data is fetched fresh).
import { useEffect, useState } from 'react';

export interface Route {
  parts: string[];
  query: URLSearchParams;
  /** Changes on every navigation, also to the same hash: screens reload on it. */
  visit: number;
}

let visits = 0;
const RELOAD_EVENT = 'console:reload';

function current(): Route {
  const [path = '', query] = location.hash.replace(/^#\/?/, '').split('?');
  return {
    parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(query ?? ''),
    visit: ++visits,
  };
}

export function go(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new Event(RELOAD_EVENT));
  else location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const update = () => setRoute(current());
    window.addEventListener('hashchange', update);
    window.addEventListener(RELOAD_EVENT, update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener(RELOAD_EVENT, update);
    };
  }, []);
  return route;
}
