import { useEffect, useState } from 'react';

// A page's data, loaded once per key; errors are kept to be shown, not thrown at a blank page.

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

export function useAsync<T>(load: () => Promise<T>, key: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // The key lists what the load depends on.
  }, key);
  return state;
}
