import { lazy, type ComponentType } from 'react';

// A route's page, loaded on first use like React.lazy, but preloadable: once its code has
// arrived it renders at once instead of suspending. (React.lazy suspends on its first render
// even when the code is already there, and React then keeps the fallback on screen for at
// least 300 ms.)

export interface LazyPage<P> {
  /** Starts loading the page's code (once); resolves when it is there. */
  preload(): Promise<ComponentType<P>>;
  /** Renders the page, suspending only while its code is still loading. */
  Page: ComponentType<P>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    const Loaded = loaded ?? Suspending;
    return <Loaded {...props} />;
  }
  return { preload, Page };
}
