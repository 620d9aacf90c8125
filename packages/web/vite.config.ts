import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Pinned to this folder so `vite build packages/web` from the repo root and `npm run dev -w
// @certforge/web` resolve the same index.html and dist, whatever the working directory.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  // `certforge serve --port 4173` answers the API while Vite serves the source with hot reload.
  server: { proxy: { '/api': 'http://127.0.0.1:4173' } },
})
