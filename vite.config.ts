import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { standpoint } from './build/vite-plugin-standpoint';

export default defineConfig({
  // Relative asset URLs, so dist/ works under any sub-path of any static host.
  base: './',
  plugins: [svelte(), standpoint()],
  build: {
    target: 'es2022',
    modulePreload: false,
    // One stylesheet file, never styles injected by script (the CSP allows no inline styles).
    cssCodeSplit: false,
    rolldownOptions: {
      // One classic script: it loads in sandboxed frames with an opaque origin, where module
      // scripts (always fetched with CORS) would be refused by hosts that send no CORS headers.
      output: { format: 'iife' },
    },
  },
});
