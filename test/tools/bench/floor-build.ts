/** Builds the bench's floor widget (floor-widget.html) into app/bench-floor/, beside the widget's build. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The floor widget's page in app/, for the simulator's `widgetPage`. */
export const FLOOR_PAGE = 'bench-floor/floor-widget.html';

/** Builds it like the widget (es2022, relative paths, no module preload), quietly. */
export async function buildFloorWidget(): Promise<void> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  await build({
    configFile: false,
    root,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: fileURLToPath(new URL('../../../app/bench-floor', import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: { floor: fileURLToPath(new URL('floor-widget.html', import.meta.url)) } },
    },
  });
}
