import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/** Debian's Chromium; never a downloaded one (README.md). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The CRM simulator (vite dev server with the simulator plugin) and a browser, for one test file. */
export interface Simulator {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the simulator on a free port and a headless Chromium. */
export async function startSimulator(): Promise<Simulator> {
  const server: ViteDevServer = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
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

/** Host-page settings both views take (see test/crm-sim/README.md). The built pages (app/) are what the tests drive. */
export interface HostOptions {
  latency?: number;
  fail?: string;
  failOn?: string;
  failTimes?: number;
  deadline?: number;
  /** The settings variable's starting value: `broken`, `empty`, `newer` or the JSON itself. */
  settings?: string;
}

/** Host-page settings for a record page. */
export interface RecordPageOptions extends HostOptions {
  module: string;
  record: string;
  open?: boolean;
}

function hostUrl(sim: Simulator, opts: HostOptions, extra: Record<string, string>): string {
  const params = new URLSearchParams({ widget: 'app', latency: String(opts.latency ?? 0), ...extra });
  if (opts.fail) params.set('fail', opts.fail);
  if (opts.failOn) params.set('failOn', opts.failOn);
  if (opts.failTimes !== undefined) params.set('failTimes', String(opts.failTimes));
  if (opts.deadline !== undefined) params.set('deadline', String(opts.deadline));
  if (opts.settings !== undefined) params.set('settings', opts.settings);
  return `${sim.url}/test/crm-sim/host/index.html?${params}`;
}

async function newPage(sim: Simulator): Promise<Page> {
  const page = await sim.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  return page;
}

/** The widget's iframe in the record page's popup. */
export function widgetFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[name="blueprint-stepper"]');
}

/** Opens a record page in the simulator; with `open` (the default) the widget's popup opens too. */
export async function openRecordPage(
  sim: Simulator,
  opts: RecordPageOptions,
): Promise<{ page: Page; widget: FrameLocator }> {
  const page = await newPage(sim);
  await page.goto(
    hostUrl(sim, opts, { module: opts.module, record: opts.record, ...(opts.open !== false ? { open: '1' } : {}) }),
  );
  return { page, widget: widgetFrame(page) };
}

/** Opens a module's list view in the simulator (checkboxes and the widget's mass-action button). */
export async function openListView(
  sim: Simulator,
  opts: HostOptions & { module: string },
): Promise<{ page: Page; widget: FrameLocator }> {
  const page = await newPage(sim);
  await page.goto(hostUrl(sim, opts, { view: 'list', module: opts.module }));
  return { page, widget: widgetFrame(page) };
}

/** Opens the extension's settings page in the simulator (its Settings tab), as an admin does. */
export async function openSettingsPage(
  sim: Simulator,
  opts: HostOptions = {},
): Promise<{ page: Page; settings: FrameLocator }> {
  const page = await newPage(sim);
  await page.goto(hostUrl(sim, opts, { view: 'settings' }));
  return { page, settings: page.frameLocator('iframe[name="bpstepper-settings"]') };
}
