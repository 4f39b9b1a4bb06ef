/**
 * The CRM simulator's Vite plugin (dev server only): `/` opens the simulated CRM, the widget's pages (the
 * record button's widget and the settings page) get the SDK stand-in instead of Zoho's CDN script, and
 * `/app/…` serves the built pages from disk with the same swap.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { widgetOrigin } from './host/url-params.ts';

/** The exact tag src/widget.html and src/settings.html load Zoho's SDK with. */
export const ZOHO_SDK_TAG = '<script src="https://live.zwidgets.com/js-sdk/1.2/ZohoEmbededAppSDK.min.js"></script>';
/** The stand-in that replaces it: one classic script, as Zoho's is; Vite compiles the .ts on request. */
export const STANDIN_TAG = '<script src="/test/crm-sim/sdk/sdk-standin.ts"></script>';

const HOST_PAGE = '/test/crm-sim/host/index.html';

/** The pages of src/ that load Zoho's SDK, as the dev server names them. */
export const SDK_PAGES = ['/src/widget.html', '/src/settings.html'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Swaps Zoho's SDK tag for the stand-in, in its place: a classic script, it runs as the parser reaches it, before
 * any module script (the widget's, the early start), and its download competes with what the page asked for
 * before it, as Zoho's does.
 */
export function swapSdkTag(html: string): string {
  return html.replace(ZOHO_SDK_TAG, STANDIN_TAG);
}

/**
 * A slow network for the widget's own files (`/app/…`), not the CRM's calls, which travel as messages: each file
 * waits `latencyMs`, then its bytes at `bytesPerSecond`. Set by the bench's throttled mode (null: as fast as
 * the machine serves them).
 */
type FileThrottle = { latencyMs: number; bytesPerSecond: number } | null;
/**
 * Kept on globalThis: Vite bundles its config, and so this plugin, into a module of its own, so the bench's
 * import of this file is another instance of it in the same process.
 */
const shared = globalThis as { crmSimFileThrottle?: FileThrottle };

/** Slows the built files the simulator serves, or stops slowing them (null). */
export function throttleFiles(throttle: FileThrottle): void {
  shared.crmSimFileThrottle = throttle;
}

/** Serves a file of the built app/ folder, refusing paths that leave it. */
async function serveBuilt(root: string, urlPath: string, res: import('node:http').ServerResponse): Promise<void> {
  const appDir = path.join(root, 'app');
  const file = path.normalize(path.join(appDir, decodeURIComponent(urlPath.slice('/app/'.length)) || 'widget.html'));
  if (!file.startsWith(appDir + path.sep)) {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    const hint = file.endsWith('.html')
      ? `${path.basename(file)} is not built: run npm run build, then reload.`
      : `Not found in app/: ${urlPath}`;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(hint);
    return;
  }
  const ext = path.extname(file).toLowerCase();
  const out = ext === '.html' ? swapSdkTag(body.toString('utf8')) : body;
  const fileThrottle = shared.crmSimFileThrottle;
  if (fileThrottle) {
    // Counted gzipped, as a real host sends them (the simulator itself does not compress).
    const { latencyMs, bytesPerSecond } = fileThrottle;
    const bytes = gzipSync(out).length;
    await new Promise((resolve) => setTimeout(resolve, latencyMs + (bytes / bytesPerSecond) * 1000));
  }
  res
    .writeHead(200, { 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
    .end(out);
}

/** Prints where the simulator runs, once the server listens. */
function announce(server: ViteDevServer): void {
  server.httpServer?.once('listening', () => {
    // resolvedUrls is filled right after 'listening' fires; read it on the next turn.
    setTimeout(() => {
      const address = server.httpServer?.address();
      const fallback = address && typeof address === 'object' ? `http://127.0.0.1:${address.port}/` : '';
      const url = server.resolvedUrls?.local[0] ?? fallback;
      server.config.logger.info(`CRM simulator: ${url}`);
      const widget = url ? widgetOrigin(new URL(url), 'cross') : '';
      if (widget && widget !== new URL(url).origin)
        server.config.logger.info(`  (the widget's pages come from ${widget}: another site, as in Zoho)`);
    }, 0);
  });
}

/** The CRM simulator: host page at `/`, SDK stand-in in the widget's pages, the built pages at `/app/`. */
export function crmSimulator(): Plugin {
  let root = process.cwd();
  return {
    name: 'crm-simulator',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      announce(server);
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname === '/') {
          res.writeHead(302, { Location: `${HOST_PAGE}${url.search}` }).end();
          return;
        }
        if (url.pathname === '/app' || url.pathname.startsWith('/app/')) {
          serveBuilt(root, url.pathname === '/app' ? '/app/' : url.pathname, res).catch(next);
          return;
        }
        next();
      });
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        return SDK_PAGES.includes(ctx.path) ? swapSdkTag(html) : html;
      },
    },
  };
}
