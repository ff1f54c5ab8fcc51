import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// The gateway `npm run dev` starts beside Vite; GATEWAY_URL lets a second checkout point elsewhere.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

/**
 * The admin app. Built into admin/dist, which the gateway serves at /admin
 * (server/src/plugins/use-admin-app.ts); in development Vite serves it on :5173 and proxies the
 * API to the gateway, so cookies stay same-origin in both set-ups.
 */
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Budget: 250 KB gzipped initial JS (issue #3). Vite reports gzip sizes per chunk.
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
