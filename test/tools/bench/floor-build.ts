/** Builds the bench's floor widgets (floor-widget.ts) into app/bench-floor/, beside the widget's build. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The floor widget's page in app/, for the simulator's `widgetPage`: the blueprint alone. */
export const FLOOR_PAGE = 'bench-floor/floor-widget.html';
/** The floor that asks, with the blueprint, the four other answers the stepper's first screen waits for. */
export const FLOOR_FIVE_PAGE = 'bench-floor/floor-five.html';

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
      rollupOptions: {
        input: {
          floor: fileURLToPath(new URL('floor-widget.html', import.meta.url)),
          five: fileURLToPath(new URL('floor-five.html', import.meta.url)),
        },
      },
    },
  });
}
