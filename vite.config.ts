import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { crmSimulator } from './test/crm-sim/vite-plugin.ts';

/** Copies src/translations/<locale>.json to app/translations/ (the toolkit's convention); the page fetches them. */
function translations(): Plugin {
  return {
    name: 'blueprint-stepper-translations',
    generateBundle() {
      for (const file of readdirSync('src/translations').filter((f) => f.endsWith('.json'))) {
        // Minified: the files are parsed by the page, not read by people there.
        const source = JSON.stringify(JSON.parse(readFileSync(`src/translations/${file}`, 'utf8')));
        this.emitFile({ type: 'asset', fileName: `translations/${file}`, source });
      }
    },
  };
}

/**
 * One config, two jobs:
 * - `vite build` builds the widget page (src/widget.html) into app/, the folder zet packs. Relative asset
 *   paths, because the CRM serves the widget from under /app/ (reference/zet-toolkit.md).
 * - `vite` (npm start) serves the CRM simulator at / with the widget inside it.
 */
export default defineConfig(({ command }) => ({
  root: command === 'build' ? 'src' : '.',
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../app',
    // app/ is all build output (git-ignored), so a build starts from an empty folder.
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { widget: 'src/widget.html' },
    },
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  // The simulator only serves; a build uses none of it.
  plugins: command === 'build' ? [translations()] : [crmSimulator()],
}));
