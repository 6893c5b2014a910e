import { useEffect, useState } from 'react';

/** Hash routes keep deep links working from app://, http and file-like URLs alike. */
export type Route =
  | { name: 'library' }
  | { name: 'profiles' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'profiles':
      return { name: 'profiles' };
    default:
      return { name: 'library' };
  }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'profiles':
      return '#/profiles';
    case 'library':
      return '#/library';
  }
}

export function navigate(route: Route) {
  window.location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
