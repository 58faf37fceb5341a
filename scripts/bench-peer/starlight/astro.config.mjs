// The benchmark's peer: Starlight's defaults, a one-link sidebar, the same texts as the archive.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: process.env.PEER_OUT_DIR ?? './dist',
  cacheDir: process.env.PEER_CACHE_DIR ?? './node_modules/.astro',
  integrations: [starlight({ title: 'HRC texts (Starlight)', sidebar: [{ label: 'Home', link: '/' }] })],
});
