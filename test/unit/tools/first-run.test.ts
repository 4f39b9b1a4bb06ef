// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** A folder of its own, so the check leaves app/ (what the browser tests load) alone. */
const outDir = mkdtempSync(join(tmpdir(), 'first-run-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("a newcomer's first run", () => {
  it('builds a page without a warning', async () => {
    // The settings page: it goes through the same code-splitting groups as the widget, in a fraction of the time.
    const { stdout, stderr } = await run(
      'npx',
      ['vite', 'build', '--config', 'vite.config.ts', '--mode', 'settings', '--outDir', outDir, '--emptyOutDir'],
      { env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(`${stdout}\n${stderr}`).not.toMatch(/warn|debugName|is a function/i);
    expect(stdout).toMatch(/built in/);
  }, 60_000);

  it("leaves no dependency's install script unreviewed, which `npm ci` would warn about", () => {
    // What npm 11 checks (`npm install-scripts ls`), read from the lock file so it holds whatever npm runs it:
    // each package the lock marks as having an install script has an entry in package.json's allowScripts.
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const { allowScripts = {} } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.filter((name) => !(name in allowScripts))).toEqual([]);
  });
});
