import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { loadCaseLibrary } from '../src/case/library.ts';

// A Vite plugin: `import library from 'virtual:bundled-cases'` gives the cases in cases/,
// parsed, validated (as `npm run cases:check` does) and hashed at build time. A case that
// fails validation is left out and reported, as in the browser before.

const ID = 'virtual:bundled-cases';
const RESOLVED = `\0${ID}`;

export function bundledCases(root: string): Plugin {
  const dir = join(root, 'cases');
  return {
    name: 'anamnesis-bundled-cases',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
      const sources: Record<string, string> = {};
      for (const name of files) {
        const path = join(dir, name);
        this.addWatchFile(path);
        sources[relative(root, path)] = await readFile(path, 'utf8');
      }
      const library = await loadCaseLibrary(sources);
      return `export default ${JSON.stringify(library)};`;
    },
    configureServer(server) {
      // A case file added, changed or removed while `npm start` runs shows on the next load.
      server.watcher.add(dir);
      const refresh = (file: string) => {
        if (!file.startsWith(dir)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('change', refresh);
      server.watcher.on('unlink', refresh);
    },
  };
}
