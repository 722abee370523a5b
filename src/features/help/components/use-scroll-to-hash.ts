import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Scrolls to the element the URL's hash names (a section anchor), on load and whenever the hash changes. */
export function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
}
