import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer bundle, served by the app:// protocol (Electron) and by browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
});
