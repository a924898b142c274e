import { useEffect, useState, type ComponentType } from 'react';

// A route's page, its code loaded on first use. Not React.lazy: that suspends, and React keeps
// a Suspense fallback on screen for at least 300 ms even when the code arrives sooner. Here the
// page says "Loading…" itself and appears the moment its code is there; code already loaded
// (preload() was called in time) renders at once.

export interface LazyPage<P> {
  /** Starts loading the page's code (once); resolves when it is there. */
  preload(): Promise<ComponentType<P>>;
  Page: ComponentType<P>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () => {
    loading ??= load().then((component) => (loaded = component));
    // A failed download may succeed later (a flaky network): the next visit tries again.
    loading.catch(() => (loading = undefined));
    return loading;
  };

  function Page(props: P) {
    const [state, setState] = useState<{ page?: ComponentType<P>; failed?: boolean }>({ page: loaded });
    useEffect(() => {
      if (state.page) return;
      let live = true;
      preload().then(
        (page) => live && setState({ page }),
        () => live && setState({ failed: true }),
      );
      return () => {
        live = false;
      };
    }, [state.page]);
    if (state.page) return <state.page {...props} />;
    if (state.failed) return <p role="alert">This page could not be loaded. Check the connection and reload the page.</p>;
    return <p role="status">Loading…</p>;
  }
  return { preload, Page };
}
