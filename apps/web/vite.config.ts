import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The shared packages are read as TypeScript source (see docs/decisions/0004): their custom export
// condition comes first, then Vite's defaults (module, browser, development|production).
export default defineConfig({
  plugins: [react()],
  // All @mantine packages are pinned to one version (package.json): @mantine/charts pins its core.
  resolve: { conditions: ['@peerhub/source', ...defaultClientConditions] },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      output: {
        // Keep the big, rarely changing libraries in their own cacheable chunks.
        manualChunks: (id: string) => {
          if (id.includes('node_modules/@mantine/')) return 'mantine';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
});
