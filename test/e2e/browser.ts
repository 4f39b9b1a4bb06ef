import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/** Debian's Chromium; never a downloaded one (DEVELOPERS.md). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** The CRM simulator (vite dev server with the simulator plugin) and a browser, for one test file. */
export interface Simulator {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the simulator on a free port and a headless Chromium. */
export async function startSimulator(): Promise<Simulator> {
  const server: ViteDevServer = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the simulator did not start');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Host-page settings (see test/crm-sim/README.md). The built widget (app/) is what the tests drive. */
export interface RecordPageOptions {
  module: string;
  record: string;
  latency?: number;
  fail?: string;
  failOn?: string;
  failTimes?: number;
  deadline?: number;
  open?: boolean;
}

/** Opens a record page in the simulator; with `open` (the default) the widget's popup opens too. */
export async function openRecordPage(sim: Simulator, opts: RecordPageOptions): Promise<{ page: Page; widget: FrameLocator }> {
  const params = new URLSearchParams({ widget: 'app', module: opts.module, record: opts.record, latency: String(opts.latency ?? 0) });
  if (opts.open !== false) params.set('open', '1');
  if (opts.fail) params.set('fail', opts.fail);
  if (opts.failOn) params.set('failOn', opts.failOn);
  if (opts.failTimes !== undefined) params.set('failTimes', String(opts.failTimes));
  if (opts.deadline !== undefined) params.set('deadline', String(opts.deadline));
  const page = await sim.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${sim.url}/test/crm-sim/index.html?${params}`);
  return { page, widget: page.frameLocator('iframe[name="blueprint-stepper"]') };
}
