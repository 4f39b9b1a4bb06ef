/** Builds the bench's floor widgets (floor-widget.ts) into app/bench-floor/, beside the widget's build. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The floor widget's page in app/, for the simulator's `widgetPage`: the blueprint alone. */
export const FLOOR_PAGE = 'bench-floor/floor-widget.html';
/**
 * The floor that asks, with the blueprint, the four other answers the stepper's first screen waits for: the same
 * page built once more with `data-calls="five"` (floor-widget.ts).
 */
export const FLOOR_FIVE_PAGE = 'bench-floor/floor-five.html';

/** Bulk mode's floor: the first five blueprints of a list view's selection, then "Loading 5 of N". */
export const FLOOR_BULK_PAGE = 'bench-floor/floor-bulk.html';

/** Builds them like the widget (es2022, relative paths, no module preload), quietly, their script inline. */
export async function buildFloorWidget(): Promise<void> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const outDir = fileURLToPath(new URL('../../../app/bench-floor', import.meta.url));
  await build({
    configFile: false,
    root,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: { floor: fileURLToPath(new URL('floor-widget.html', import.meta.url)) } },
    },
  });
  // The floor's script inline, as the page is parsed: a floor that fetched its code as a file of its own would
  // wait for it on the slow network, and the widget's early start needs no file to call init().
  const built = readFileSync(join(outDir, 'floor-widget.html'), 'utf8');
  const page = built.replace(
    /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"><\/script>/,
    (_, file: string) => {
      const code = readFileSync(join(outDir, file), 'utf8');
      if (/\bimport\b/.test(code))
        throw new Error(`the floor's script ${file} imports another chunk: it cannot go inline`);
      return `<script type="module">${code.replace(/<\/script/gi, '<\\/script')}</script>`;
    },
  );
  if (page === built) throw new Error('floor-widget.html: no module script to put inline');
  writeFileSync(join(outDir, 'floor-widget.html'), page);
  const five = page.replace('data-calls="one"', 'data-calls="five"');
  if (five === page) throw new Error('floor-widget.html has no data-calls="one" to turn into the five-call floor');
  writeFileSync(join(outDir, 'floor-five.html'), five);
  writeFileSync(join(outDir, 'floor-bulk.html'), page.replace('data-calls="one"', 'data-calls="bulk"'));
}
