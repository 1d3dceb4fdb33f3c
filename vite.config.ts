import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { standpoint } from './build/vite-plugin-standpoint';

export default defineConfig({
  // Relative asset URLs, so dist/ works under any sub-path of any static host.
  base: './',
  // The plugin sets the build options every Standpoint build needs (see its `config` hook).
  plugins: [svelte(), standpoint()],
});
