// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

  it("leaves no dependency's install script unreviewed, which `npm ci` would warn about", async () => {
    const { stdout } = await run('npm', ['install-scripts', 'ls']);
    expect(stdout).toMatch(/No packages with unreviewed install scripts/);
  }, 60_000);
});
