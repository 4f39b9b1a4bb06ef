/**
 * Prints issue 13's figures, each against its goal (`npm run bench` builds first; the parts live in bench/):
 * 1. `first-screen`: the click (the frame's start) → stepper painted, with PageLoad → painted beside it, ours
 *    against a floor widget (bench/floor-widget.ts) by turns, both cross-site in the simulator, for the seed's
 *    Leads fields and for a real org's field list (`bigFields`), then both again with the widget's files on a
 *    slow network (1.6 Mbps, 150 ms; the CRM's calls keep their latency);
 * 2. `size`: the gzipped JS and CSS against the budgets and the issue's goals;
 * 3. `slow-cpu`: a 300-field transition with the widget's renderer 4× slower: click → form painted, and the
 *    worst keystroke of 30, key → paint (Event Timing);
 * 4. `big-forms`: opening 300 / 1,000 / 2,000-field transitions at normal speed, and the cost per row;
 * 5. `bulk`: bulk mode on 100 records: the click → its first progress ("Loading 5 of 100") against a floor that
 *    asks its first five blueprints, time to the choices, time to send one transition, most calls in flight.
 * With `--compare <dir>` (another build's app/ directory) it prints only this build's first screen against that
 * build's, opened by turns, and the differences pair by pair (bench/compare.ts): the way to tell whether a change
 * made the first screen faster, on a machine where two runs of the same build differ by tens of milliseconds.
 * Timing is never asserted by tests; the bench only prints. bench/form-insert-probe.ts isolates what appending
 * many label + input rows to a <form> costs in Chromium, the super-linear step of part 4.
 *
 *   tsx test/tools/bench.ts [--only first-screen,size,slow-cpu,big-forms,bulk] [--latency 300] [--runs 7]
 *     [--big-fields 160] [--fields 300] [--keys 30] [--cpu 4] [--records 100] [--profile]
 *   tsx test/tools/bench.ts --compare <other build's app/> [--pairs 15] [--latency 300] [--slow-network]
 * `--profile` saves a CPU profile of the largest form's opening in test-output/ and prints its heaviest functions.
 */
import { availableParallelism, loadavg } from 'node:os';
import { CrmStore } from '../crm-sim/crm/crm-store.ts';
import { startSimulator, type Simulator } from '../e2e/browser.ts';
import { bulk, bulkFirstProgress } from './bench/bulk.ts';
import { compareBuilds, placeOtherBuild, removeOtherBuild } from './bench/compare.ts';
import { buildFloorWidget } from './bench/floor-build.ts';
import { firstScreen, SLOW_NETWORK } from './bench/first-screen.ts';
import { throttleFiles } from '../crm-sim/vite-plugin.ts';
import { bigForms, slowForm } from './bench/forms.ts';
import { numberArg, textArg } from './bench/report.ts';
import {
  assetsAtStart,
  assetsLoadedBy,
  BUDGET_BYTES,
  BULK_BUDGET_BYTES,
  BULK_TEXTS,
  isBulkChunk,
  measureBundle,
  TEXTS_AT_START,
  TOTAL_BUDGET_BYTES,
} from './bundle-size.ts';

const PARTS = ['first-screen', 'size', 'slow-cpu', 'big-forms', 'bulk'] as const;
type Part = (typeof PARTS)[number];

const argv = process.argv.slice(2);
const only = textArg(argv, 'only');
const chosen = new Set<Part>(only ? PARTS.filter((p) => only.split(',').includes(p)) : PARTS);
if (only && chosen.size === 0) {
  console.error(`--only takes one or more of ${PARTS.join(', ')} (comma-separated)`);
  process.exit(2);
}
const latency = numberArg(argv, 'latency', 300);

/** Issue 13's goals for the bytes (gzip): the first screen's and the whole widget's. */
const GOAL_START_BYTES = 18 * 1024;
const GOAL_TOTAL_BYTES = 32 * 1024;

function sizes(): void {
  const assets = measureBundle('app', 'widget.html', [...assetsLoadedBy('widget.html'), BULK_TEXTS]);
  // The page's HTML comes first of all, then its texts with the first chunk.
  const start = new Set(['widget.html', TEXTS_AT_START['widget.html']!, ...assetsAtStart('widget.html')]);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const sum = (list: typeof assets) => list.reduce((s, a) => s + a.gzipBytes, 0);
  console.log('\n2. Widget bundle (gzip -9):');
  for (const a of assets)
    console.log(
      `  ${a.file.padEnd(34)} ${kb(a.bytes).padStart(6)} KB raw  ${kb(a.gzipBytes).padStart(6)} KB gzip  ${start.has(a.file) ? 'at start' : isBulkChunk(a.file) ? 'later (bulk mode only)' : 'later (transition form)'}`,
    );
  const atStart = sum(assets.filter((a) => start.has(a.file)));
  const oneRecord = sum(assets.filter((a) => !isBulkChunk(a.file)));
  console.log(
    `  at start ${kb(atStart)} KB of the ${kb(BUDGET_BYTES)} KB budget (goal ≤ 18 KB: ${atStart <= GOAL_START_BYTES ? 'met' : 'NOT MET'}); in all for one record ${kb(oneRecord)} KB of ${kb(TOTAL_BUDGET_BYTES)} KB (goal ≤ 32 KB: ${oneRecord <= GOAL_TOTAL_BYTES ? 'met' : 'NOT MET'}); bulk mode in all ${kb(sum(assets))} KB of ${kb(BULK_BUDGET_BYTES)} KB`,
  );
}

/** The Leads getFields answer with `bigFields` set, for the label: how many fields, how many KB of JSON. */
function fieldList(bigFields: number): string {
  const store = new CrmStore();
  store.bigFields = bigFields;
  const fields = store.fields('Leads') ?? [];
  return `${fields.length} fields, ${(JSON.stringify({ fields }).length / 1024).toFixed(0)} KB`;
}

/** The machine's load: on a loaded machine every time stretches, the widget's more than the floor's. */
const load = () =>
  `${availableParallelism()} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`;

/** The parts asked for, one after another. */
async function parts(sim: Simulator): Promise<void> {
  if (chosen.has('first-screen')) {
    const pairs = numberArg(argv, 'runs', 7);
    await firstScreen(sim, { latency, pairs, bigFields: 0, label: `Leads with the seed's fields (${fieldList(0)})` });
    const big = numberArg(argv, 'big-fields', 160);
    await firstScreen(sim, {
      latency,
      pairs,
      bigFields: big,
      label: `Leads with a real org's field list (${fieldList(big)})`,
    });
    // The same on a slow network for the widget's files, where the bytes before the stepper show their cost.
    for (const [bigFields, label] of [
      [0, `Leads with the seed's fields, slow network`],
      [big, `Leads with a real org's field list, slow network`],
    ] as const)
      await firstScreen(sim, { latency, pairs, bigFields, label, throttle: true });
  }
  if (chosen.has('size')) sizes();
  if (chosen.has('slow-cpu'))
    await slowForm(sim, {
      fields: numberArg(argv, 'fields', 300),
      keys: numberArg(argv, 'keys', 30),
      cpu: numberArg(argv, 'cpu', 4),
    });
  if (chosen.has('big-forms')) await bigForms(sim, [300, 1000, 2000], argv.includes('--profile'));
  if (chosen.has('bulk')) {
    const records = numberArg(argv, 'records', 100);
    await bulkFirstProgress(sim, latency, records, numberArg(argv, 'runs', 7));
    await bulk(sim, latency, records);
  }
}

const other = textArg(argv, 'compare');
const began = Date.now();
console.log(`Machine: ${load()}`);
if (other) placeOtherBuild(other);
else if (chosen.has('first-screen') || chosen.has('bulk')) await buildFloorWidget();
const sim = await startSimulator();
try {
  if (other) {
    const pairs = numberArg(argv, 'pairs', 15);
    // `--slow-network`: both builds' files at 1.6 Mbps with 150 ms latency, where their bytes show their cost.
    const slow = argv.includes('--slow-network');
    throttleFiles(slow ? SLOW_NETWORK : null);
    await compareBuilds(sim, {
      latency,
      pairs,
      bigFields: 0,
      other,
      label: `Leads with the seed's fields${slow ? ', slow network' : ''}`,
    });
  } else await parts(sim);
} finally {
  await sim.close();
  if (other) removeOtherBuild();
}
console.log(`\n(bench ran ${((Date.now() - began) / 1000).toFixed(0)} s; machine now: ${load()})`);
