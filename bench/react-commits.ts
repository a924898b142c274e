// Counts React commits in a production build. <Profiler onRender> reports nothing there (only
// profiling builds call it), but every React DOM build hands each commit to the DevTools hook,
// if one is installed before react-dom loads. So this module installs a minimal hook when it is
// evaluated: import it before anything that imports react-dom.

/** The few fiber fields the render profile reads (React internals, stable since React 16). */
export interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

export interface FiberRoot {
  current: Fiber;
}

type CommitListener = (root: FiberRoot) => void;

let listener: CommitListener | undefined;

/** Called synchronously in the commit phase of every commit; one listener at a time. */
export function onCommit(next: CommitListener | undefined): void {
  listener = next;
}

declare global {
  var __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown;
}

globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onCommitFiberRoot: (_rendererId: number, root: FiberRoot) => listener?.(root),
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  setStrictMode: () => {},
};

// Fiber tags of components that run user code when they render, and React's PerformedWork flag.
const COMPONENT_TAGS = new Set([0 /* function */, 1 /* class */, 11 /* forwardRef */, 14 /* memo */, 15 /* simple memo */]);
const PERFORMED_WORK = 1;

function nameOf(fiber: Fiber): string {
  const type = fiber.type as { displayName?: string; name?: string; type?: { name?: string } } | null;
  return type?.displayName ?? type?.name ?? type?.type?.name ?? `tag ${fiber.tag}`;
}

/**
 * The components that rendered in the commit just made, as React DevTools tells them: a fiber
 * rendered if it is new or carries PerformedWork; a subtree whose child list is shared with the
 * previous tree was not visited at all. Walks only what React itself visited.
 */
export function renderedComponents(root: FiberRoot): string[] {
  const names: string[] = [];
  const visit = (fiber: Fiber) => {
    const mounted = fiber.alternate === null;
    if (COMPONENT_TAGS.has(fiber.tag) && (mounted || (fiber.flags & PERFORMED_WORK) !== 0)) names.push(nameOf(fiber));
    if (!mounted && fiber.child === fiber.alternate?.child) return;
    for (let child = fiber.child; child; child = child.sibling) visit(child);
  };
  visit(root.current);
  return names;
}
