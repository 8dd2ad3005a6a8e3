import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.WEB_PORT ?? 4200);
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

/** `/graphql` and `/health` go to the API, so the browser only ever talks to one origin (the refresh cookie stays first-party). */
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: false },
  '/health': { target: apiUrl, changeOrigin: false },
};

/** Ivory, as `palette.ivory` in src/ui/theme.ts and the `theme-color` meta of index.html. */
const ivory = '#FAF7F2';

/**
 * Installable app, opening offline. The service worker precaches the app shell only (the built scripts, styles,
 * fonts, icons and illustrations) and answers navigations with index.html. It never caches `/graphql`: answers and
 * progress are personal, Apollo and the offline answer queue (modules/offline) handle data. `prompt`: a new version
 * waits until every Savoir tab is closed, so an advisor is never reloaded in the middle of a question.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: 'script',
  // The icons are precached by the glob below already.
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: 'Savoir',
    short_name: 'Savoir',
    description: 'A few minutes a day, between clients: the knowledge of the maison.',
    start_url: '/learn',
    scope: '/',
    display: 'standalone',
    theme_color: ivory,
    background_color: ivory,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,woff2,png,svg}'],
    // French and English need the latin subsets of the fonts only.
    globIgnores: ['**/*-{cyrillic,cyrillic-ext,greek,greek-ext,vietnamese}-*.woff2'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/graphql/, /^\/health/],
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  root,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react(), pwa],
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
