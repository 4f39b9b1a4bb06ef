import { gzipSync } from 'node:zlib';
import type { ConfigEnv, Plugin, UserConfig } from 'vite';
import base from '../../vite.config.ts';

/** One built chunk's modules: rendered bytes and gzipped bytes each (an estimate: modules gzip worse alone). */
interface ChunkModules {
  modules: Record<string, { code: string | null; renderedLength: number }>;
}

/**
 * `npm run size:report`: builds the widget as `npm run build` does and prints, per chunk, which modules take
 * its bytes (largest first), to find what the first chunk carries that the first paint does not need.
 */
function sizeReport(): Plugin {
  return {
    name: 'size-report',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        const { modules } = output as unknown as ChunkModules;
        const rows = Object.entries(modules)
          .map(([id, m]) => ({
            id: id.replace(/.*[\\/](src|node_modules)[\\/]/, '$1/'),
            gz: m.code ? gzipSync(m.code).length : 0,
            raw: m.renderedLength,
          }))
          .sort((a, b) => b.raw - a.raw);
        const total = gzipSync(output.code).length;
        console.log(`\n== ${file}  ${(total / 1024).toFixed(2)} KB gz`);
        for (const r of rows) console.log(`${String(r.raw).padStart(7)} ${String(r.gz).padStart(6)}  ${r.id}`);
      }
    },
  };
}

export default (env: ConfigEnv): UserConfig => {
  const config = (base as (env: ConfigEnv) => UserConfig)(env);
  // Nothing written: the report needs only the chunks, and app/ may be in use by a browser test run.
  return { ...config, build: { ...config.build, write: false }, plugins: [...(config.plugins ?? []), sizeReport()] };
};
