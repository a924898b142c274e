import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledCases } from './scripts/vite-bundled-cases.ts';

// The streaming benchmark page (bench/streaming.html), built only by `npm run bench`. A separate
// config, so the app build (vite.config.ts) is untouched. Production React, as students get it;
// not minified, so the benchmark's render profile can name the components that rendered.

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), bundledCases(import.meta.dirname)],
  build: {
    outDir: 'dist-bench/streaming',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: { input: { streaming: 'bench/streaming.html' } },
  },
});
