import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The backend serves this app's build at / (SPA fallback to /index.html for every path that is
// not /admin/, /stats/ or a backend route) and the API on the same origin, so the dev and
// preview servers proxy the backend's paths.
const backend = process.env.REHA_BACKEND_URL ?? 'http://localhost:3000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    // @reha/shared is compiled to CommonJS for the backend; the SPA bundles its source instead.
    alias: { '@reha/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': backend,
      '/health': backend,
      '/ready': backend,
      '/dev': backend,
      '/auth': backend,
    },
  },
  preview: { port: 4173, strictPort: true },
  build: { outDir: 'dist', sourcemap: true },
});
