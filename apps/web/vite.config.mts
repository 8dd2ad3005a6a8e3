import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.WEB_PORT ?? 4200);
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

/** `/graphql` and `/health` go to the API, so the browser only ever talks to one origin (the refresh cookie stays first-party). */
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: false },
  '/health': { target: apiUrl, changeOrigin: false },
};

export default defineConfig({
  root,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  // The pure domain library (types, scoring) is compiled from source, as tsconfig.base.json maps it.
  resolve: { alias: { '@savoir/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) } },
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    sourcemap: true,
    // React, Mantine, Apollo and the router are ~180 kB gzipped together; the Admin space is split off (AppRoutes).
    chunkSizeWarningLimit: 650,
  },
});
