import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readSetting } from '../server/src/config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// The gateway `npm run dev` starts beside Vite, on the gateway's own PORT setting (so a second
// checkout started with another PORT proxies to its own gateway).
const gateway = `http://localhost:${readSetting('port') ?? 4000}`;

/**
 * Web Workers have no `document`. Vite resolves packages for the browser, and the Markdown
 * pipeline's entity decoder has a browser build that decodes through a DOM element; the preview's
 * worker (markdownPreview.worker.ts) gets the package's own build for workers instead.
 */
const entityDecoderForWorkers: Plugin = {
  name: 'entity-decoder-for-workers',
  enforce: 'pre',
  resolveId: (id) =>
    id === 'decode-named-character-reference'
      ? fileURLToPath(new URL('../node_modules/decode-named-character-reference/index.js', import.meta.url))
      : null,
};

/**
 * The admin app. Built into admin/dist, which the gateway serves at /admin
 * (server/src/plugins/use-admin-app.ts); in development Vite serves it on :5173 and proxies the
 * API to the gateway, so cookies stay same-origin in both set-ups.
 */
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  worker: { plugins: () => [entityDecoderForWorkers] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Budget: 250 KB gzipped initial JS (our own target for a first load on a slow connection). Vite reports gzip sizes per chunk.
    chunkSizeWarningLimit: 600,
    sourcemap: true,
    // React and Apollo in chunks of their own: they change far less often than the app, so a
    // release of the admin re-downloads only its own code (files are immutable, cached a year).
    // No catch-all vendor group: it would pull the lazily loaded Markdown preview's libraries
    // into the initial download.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|@wry|optimism|rxjs|tslib|zen-observable|@graphql-typed-document-node)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: gateway, changeOrigin: false },
      '/healthz': { target: gateway },
    },
  },
  preview: { port: 5173 },
});
