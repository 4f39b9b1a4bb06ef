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

/**
 * What the browser lets a cross-site frame (the widget's, as in Zoho) keep in storage:
 * - `partitioned`: its own `sessionStorage` / `localStorage`, kept apart per top-level site, as Chrome (since
 *   version 115), Firefox and Safari ship;
 * - `refused`: none; reading `window.sessionStorage` throws a SecurityError ("Access is denied for this
 *   document"), as in a Chromium without storage partitioning that blocks third-party cookies.
 *
 * Chromium 156 headless blocks third-party cookies in Playwright's contexts (incognito-like) by default, and
 * Playwright launches it with `--disable-features=ThirdPartyStoragePartitioning`: that is `refused` as it comes.
 * `partitioned` turns partitioning back on. Chromium keeps only the last `--disable-features` switch, so ours
 * replaces Playwright's whole list: it repeats Playwright's entries that matter on Linux, less that one.
 */
export type ThirdPartyStorage = 'partitioned' | 'refused';

/** Playwright's own `--disable-features` list (playwright-core's chromiumSwitches) without ThirdPartyStoragePartitioning. */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

/** The Chromium switches for a third-party storage policy. */
export function storageArgs(policy: ThirdPartyStorage): string[] {
  return policy === 'partitioned'
    ? [
        `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`,
        '--enable-features=ThirdPartyStoragePartitioning',
      ]
    : ['--disable-features=ThirdPartyStoragePartitioning,' + PLAYWRIGHT_DISABLED_FEATURES.join(',')];
}

/** The CRM simulator (vite dev server with the simulator plugin) and a browser, for one test file. */
export interface Simulator {
  /** The CRM's host page's origin: `http://127.0.0.1:<port>`. */
  url: string;
  /** The origin the widget's pages come from: `http://localhost:<port>`, another site than `url`, as in Zoho. */
  widgetOrigin: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Starts the simulator on a free port and a headless Chromium. The host page is on `127.0.0.1`, the widget's
 * pages on `localhost` (the same server: one name each), so the widget's frame is cross-site as in Zoho;
 * `thirdPartyStorage` says what the browser lets that frame keep (default: `partitioned`, today's browsers).
 */
export async function startSimulator(opts: { thirdPartyStorage?: ThirdPartyStorage } = {}): Promise<Simulator> {
  const server: ViteDevServer = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the simulator did not start');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, ...storageArgs(opts.thirdPartyStorage ?? 'partitioned')],
  });
  return {
    url: `http://127.0.0.1:${address.port}`,
    widgetOrigin: `http://localhost:${address.port}`,
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
  /** getFields answers this many fields per module, like a real org's (test/crm-sim/README.md, `bigFields`). */
  bigFields?: number;
  /** The signed-in user's CRM locale as Zoho writes it (`ar_EG`; test/crm-sim/README.md, `locale`). */
  locale?: string | undefined;
  /** `none`: the admin has not created the blueprint connection (test/crm-sim/README.md, `connection`). */
  connection?: 'none';
  /** Another page of app/ to open in place of widget.html (the bench's floor widget). */
  widgetPage?: string | undefined;
  /** `src`: the pages as `npm start` serves them, from src/ through the dev server, instead of the build (app/). */
  pages?: 'app' | 'src';
}

/** Host-page settings for a record page. */
export interface RecordPageOptions extends HostOptions {
  module: string;
  record: string;
  open?: boolean;
}

function hostUrl(sim: Simulator, opts: HostOptions, extra: Record<string, string>): string {
  const params = new URLSearchParams({ latency: String(opts.latency ?? 0), ...extra });
  if (opts.pages !== 'src') params.set('widget', 'app');
  if (opts.fail) params.set('fail', opts.fail);
  if (opts.failOn) params.set('failOn', opts.failOn);
  if (opts.failTimes !== undefined) params.set('failTimes', String(opts.failTimes));
  if (opts.deadline !== undefined) params.set('deadline', String(opts.deadline));
  if (opts.settings !== undefined) params.set('settings', opts.settings);
  if (opts.bigFields) params.set('bigFields', String(opts.bigFields));
  if (opts.widgetPage) params.set('widgetPage', opts.widgetPage);
  if (opts.locale) params.set('locale', opts.locale);
  if (opts.connection) params.set('connection', opts.connection);
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

/**
 * Opens a record page in the simulator; with `open` (the default) the widget's popup opens too, and this returns
 * once its first screen has settled (`firstScreenSettled`).
 */
export async function openRecordPage(
  sim: Simulator,
  opts: RecordPageOptions,
): Promise<{ page: Page; widget: FrameLocator }> {
  const page = await newPage(sim);
  await page.goto(
    hostUrl(sim, opts, { module: opts.module, record: opts.record, ...(opts.open !== false ? { open: '1' } : {}) }),
  );
  if (opts.open !== false) await firstScreenSettled(page);
  return { page, widget: widgetFrame(page) };
}

/**
 * Waits, `timeoutMs` at most, until the widget's first screen is as a rep finds it when they reach for it. The
 * stepper paints before the form's chunk is in, and what comes with that chunk (the admins' note, the key fields,
 * the time in the stage) then pushes the transitions down: a click in between lands where a button was
 * (docs/architecture.md, "The first screen"). So for a stepper, until that chunk is in and the page's height has held for a few frames;
 * any other screen (a problem, a disabled module) is settled as it shows. Asserts nothing: a screen still loading
 * when the time is up is left to the test's own waits.
 */
export async function firstScreenSettled(page: Page, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = -1;
  let steady = 0;
  while (Date.now() < until) {
    const frame = page.frame({ name: 'blueprint-stepper' });
    const state = await frame
      ?.evaluate(() => {
        if (!document.querySelector('#root .next'))
          return document.querySelector('#root [role=alert], #root h1') ? 'other' : 'loading';
        const chunk = performance
          .getEntriesByType('resource')
          .some((e) => /\/transition-form-[^/]+\.js$/.test(e.name) && (e as PerformanceResourceTiming).responseEnd > 0);
        return chunk ? Math.round(document.documentElement.getBoundingClientRect().height) : 'loading';
      })
      .catch(() => 'loading' as const);
    if (state === 'other') return;
    if (typeof state === 'number') {
      steady = state === last ? steady + 1 : 0;
      last = state;
      if (steady >= 3) return;
    }
    await page.waitForTimeout(30);
  }
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
