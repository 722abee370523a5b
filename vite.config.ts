import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is a static SPA: `npm start` serves dist/ with scripts/serve.mjs,
// which adds the security headers and reads public/config.json at run time.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // npm run bench reads the chunk graph from .vite/manifest.json.
    manifest: true,
    chunkSizeWarningLimit: 900,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
