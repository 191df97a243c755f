import { useCallback, useEffect, useState } from 'react';

/**
 * A tiny hash router: the app's pages are `#/situation/permitKind`, `#/documents`, …
 * Hash routing needs no server support (the app is served from app:// or the
 * test harness), keeps the step in the URL so a reload comes back to it, and
 * makes the browser's back button work.
 */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function navigate(path: string): void {
  if (currentPath() === path) return;
  window.location.hash = path;
}

export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

/** Split "/situation/permitKind?return=check" into segments and query. */
export function parsePath(path: string): { segments: string[]; query: URLSearchParams } {
  const [pathname = '/', search = ''] = path.split('?');
  return { segments: pathname.split('/').filter(Boolean), query: new URLSearchParams(search) };
}

/** An in-app link href. */
export function href(path: string): string {
  return `#${path}`;
}

export function useNavigate(): (path: string) => void {
  return useCallback((path: string) => navigate(path), []);
}
