import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The widget page's JS and CSS together, gzipped, may not pass this (README, "Size budget"). */
export const BUDGET_BYTES = 25 * 1024;

/** One built asset and its sizes. */
export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JS and CSS files a built page loads: the assets its HTML names (script, stylesheet, modulepreload), then,
 * transitively, every asset a loaded JS file names (static imports, dynamic imports and Vite's preload lists
 * all spell out the hashed file name). Found by name rather than by parsing import syntax, so nothing the page
 * may load is missed, and nothing another page loads (app/settings.html) is counted.
 */
export function assetsLoadedBy(page: string, appDir = 'app'): string[] {
  const dir = join(appDir, 'assets');
  const all = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css')) : [];
  const named = (text: string) => all.filter((f) => text.includes(f));
  const loaded = new Set(named(readFileSync(join(appDir, page), 'utf8')));
  const queue = [...loaded].filter((f) => f.endsWith('.js'));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const dep of named(readFileSync(join(dir, file), 'utf8'))) {
      if (loaded.has(dep)) continue;
      loaded.add(dep);
      if (dep.endsWith('.js')) queue.push(dep);
    }
  }
  return [...loaded].sort();
}

/** Sizes of the JS and CSS a built page loads (the widget's by default), gzipped at level 9 as a CDN would. */
export function measureBundle(appDir = 'app', page = 'widget.html'): AssetSize[] {
  return assetsLoadedBy(page, appDir).map((file) => {
    const content = readFileSync(join(appDir, 'assets', file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
