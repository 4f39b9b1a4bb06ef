/**
 * Prints the widget's figures: the gzipped size of its JS and CSS against the budget, and the time from the
 * CRM's PageLoad to the stepper on screen in the simulator at a set latency per call (default 300 ms),
 * measured with the widget's own User Timing marks over several runs. `npm run bench` builds first.
 *   tsx test/tools/bench.ts [--latency 300] [--runs 7]
 */
import { BUDGET_BYTES, measureBundle } from './bundle-size.ts';
import { openRecordPage, startSimulator } from '../e2e/browser.ts';
import { FIRST_LEAD_ID } from '../crm-sim/crm-data.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const latency = arg('latency', 300);
const runs = arg('runs', 7);

const assets = measureBundle();
const total = assets.reduce((s, a) => s + a.gzipBytes, 0);
console.log('Bundle (gzip -9):');
for (const a of assets) console.log(`  ${a.file.padEnd(28)} ${(a.bytes / 1024).toFixed(1).padStart(6)} KB raw  ${(a.gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip`);
console.log(`  total ${(total / 1024).toFixed(1)} KB of the ${(BUDGET_BYTES / 1024).toFixed(0)} KB budget`);

const sim = await startSimulator();
try {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { page, widget } = await openRecordPage(sim, { module: 'Leads', record: FIRST_LEAD_ID, latency });
    await widget.getByRole('list', { name: /path/i }).waitFor();
    const frame = page.frame({ name: 'blueprint-stepper' });
    const ms = await frame!.evaluate(() => {
      const [load] = performance.getEntriesByName('blueprint-stepper:page-load');
      const [shown] = performance.getEntriesByName('blueprint-stepper:stepper-shown');
      return load && shown ? shown.startTime - load.startTime : NaN;
    });
    times.push(ms);
    await page.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`PageLoad → stepper at ${latency} ms per call, ${runs} runs:`);
  console.log(`  median ${median.toFixed(0)} ms, best ${sorted[0]!.toFixed(0)} ms, worst ${sorted[sorted.length - 1]!.toFixed(0)} ms`);
  console.log(`  = ${(median / latency).toFixed(2)} round trips of ${latency} ms (the first screen's calls all go out at once)`);
} finally {
  await sim.close();
}
