import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathSegment, SourcePosition } from './problem';

// Finds where a path of the parsed case is written in the YAML source.
export interface SourceMap {
  /** The value at `path`; for a missing value, the nearest mapping or list that is written. */
  valueAt(path: readonly PathSegment[]): SourcePosition;
  /** The key of the field at `path` (for unknown fields); the value's position if it has no key. */
  keyAt(path: readonly PathSegment[]): SourcePosition;
}

interface Found {
  node: unknown;
  key: unknown;
  complete: boolean;
}

export function createSourceMap(doc: Document, lineCounter: LineCounter): SourceMap {
  const positionOf = (node: unknown): SourcePosition | undefined => {
    const range = (node as Partial<Node> | null | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  };

  const find = (path: readonly PathSegment[]): Found => {
    let found: Found = { node: doc.contents, key: undefined, complete: true };
    for (const segment of path) {
      const node = isAlias(found.node) ? found.node.resolve(doc) : found.node;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return { ...found, complete: false };
        found = { node: pair.value, key: pair.key, complete: true };
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        found = { node: node.items[segment], key: undefined, complete: true };
      } else {
        return { ...found, complete: false };
      }
    }
    return found;
  };

  const start: SourcePosition = { line: 1, column: 1 };
  return {
    valueAt(path) {
      const { node, key, complete } = find(path);
      // `age:` with nothing after it: the empty value sits at the line's end, the key is clearer.
      const emptyValue = complete && isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
      if (emptyValue || node === null) return positionOf(key) ?? start;
      return positionOf(node) ?? positionOf(key) ?? start;
    },
    keyAt(path) {
      const { node, key } = find(path);
      return positionOf(key) ?? positionOf(node) ?? start;
    },
  };
}

/** For cases that did not come from YAML: every position is 0:0. */
export const noSourceMap: SourceMap = {
  valueAt: () => ({ line: 0, column: 0 }),
  keyAt: () => ({ line: 0, column: 0 }),
};
