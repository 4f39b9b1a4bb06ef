import { readdirSync, readFileSync } from 'node:fs';
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

/** Sizes of the JS and CSS the built widget page loads (app/assets), gzipped at level 9 as a CDN would. */
export function measureBundle(appDir = 'app'): AssetSize[] {
  const dir = join(appDir, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .sort()
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
}
