import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ROUTE_PAGES, routeKeyOf } from '../src/app/route-keys.ts';

// A deep link (#/review, #/session/…) needs its page's code before it can show anything, and
// the browser would only learn of it once the app's entry has run. This puts a small script in
// index.html's head that, from the URL hash, asks for that code at once (modulepreload), so it
// downloads beside the entry instead of after it.

interface Chunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  isEntry: boolean;
  facadeModuleId: string | null;
}

function withImports(chunk: Chunk, byFile: Map<string, Chunk>, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk.fileName)) return seen;
  seen.add(chunk.fileName);
  for (const file of chunk.imports) {
    const imported = byFile.get(file);
    if (imported) withImports(imported, byFile, seen);
  }
  return seen;
}

/** For each route key, the files its page needs beyond what the entry loads anyway. */
export function routeFiles(chunks: readonly Chunk[], root: string, base: string): Record<string, string[]> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const inEntry = entry ? withImports(entry, byFile) : new Set<string>();
  const routes: Record<string, string[]> = {};
  for (const [key, module] of Object.entries(ROUTE_PAGES)) {
    const page = chunks.find((chunk) => chunk.facadeModuleId === resolve(root, module));
    if (page) routes[key] = [...withImports(page, byFile)].filter((file) => !inEntry.has(file)).map((file) => base + file);
  }
  return routes;
}

/** The inline script: routeKeyOf's own text, so the keys cannot drift from the app's. */
export function preloadScript(routes: Record<string, string[]>): string {
  return `(function(){var ROUTE_PAGES=${JSON.stringify(routes)};${routeKeyOf.toString()};var files=ROUTE_PAGES[routeKeyOf(location.hash)]||[];for(var i=0;i<files.length;i++){var link=document.createElement('link');link.rel='modulepreload';link.href=files[i];document.head.appendChild(link);}})();`;
}

export function routePreload(root: string): Plugin {
  let base = '/';
  return {
    name: 'anamnesis-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const chunks = Object.values(context.bundle).filter((output): output is Chunk & typeof output => output.type === 'chunk');
        return { html, tags: [{ tag: 'script', children: preloadScript(routeFiles(chunks, root, base)), injectTo: 'head-prepend' }] };
      },
    },
  };
}
