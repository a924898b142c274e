/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledCases } from './scripts/vite-bundled-cases.ts';
import { routePreload } from './scripts/vite-route-preload.ts';

export default defineConfig({
  plugins: [react(), bundledCases(import.meta.dirname), routePreload(import.meta.dirname)],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    globals: true,
  },
});
