import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The backend serves this app's build under /admin/ (SPA fallback to /admin/index.html)
// and the API on the same origin, so the dev and preview servers proxy the backend's paths.
const backend = process.env.REHA_BACKEND_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: {
    // @reha/shared is compiled to CommonJS for the backend; the SPA bundles its source instead.
    alias: { '@reha/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/graphql': backend,
      '/health': backend,
      '/ready': backend,
      '/dev': backend,
      '/auth': backend,
    },
  },
  preview: { port: 4174, strictPort: true },
  build: { outDir: 'dist', sourcemap: true },
});
