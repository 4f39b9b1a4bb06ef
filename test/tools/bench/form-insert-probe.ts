/**
 * Why a big transition form opens slowly, isolated from the widget: the time Chromium takes to append N rows
 * (a label and a text input) to a `<form>` and to a `<div>`, with and without ids on the inputs, each in a fresh
 * page. The bench's 2,000-field open spends its time in script while the rows are inserted (Long Animation
 * Frames), not in layout; this shows what the DOM alone costs there.
 *   tsx test/tools/bench/form-insert-probe.ts [--rows 500,2000]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/browser.ts';
import { textArg } from './report.ts';

/** How each row is built, as plain JavaScript for the page (tsx would wrap functions in a helper it lacks). */
const ROWS: Record<string, string> = {
  'label + input, ids': `l.htmlFor = 'i' + i; inp.id = 'i' + i; row.append(l, inp);`,
  'label + input, no ids': `row.append(l, inp);`,
  'input with an id only': `inp.id = 'i' + i; row.append(inp);`,
};

const rowsArg = textArg(process.argv, 'rows') ?? '500,2000';
const counts = rowsArg.split(',').map(Number);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  console.log(`Appending rows to a connected container (ms), Chromium ${browser.version()}:`);
  for (const [name, build] of Object.entries(ROWS))
    for (const tag of ['form', 'div'])
      for (const n of counts) {
        const page = await browser.newPage();
        await page.setContent('<body></body>');
        const ms = await page.evaluate(`(() => {
          const root = document.createElement('${tag}');
          document.body.append(root);
          const t0 = performance.now();
          for (let i = 0; i < ${n}; i++) {
            const row = document.createElement('div');
            const l = document.createElement('label');
            l.textContent = 'Field ' + i;
            const inp = document.createElement('input');
            inp.type = 'text';
            ${build}
            root.appendChild(row);
          }
          return performance.now() - t0;
        })()`);
        console.log(
          `  ${name.padEnd(24)} in a <${tag}>${tag === 'div' ? ' ' : ''}  ${String(n).padStart(5)} rows: ${Number(ms).toFixed(0).padStart(6)} ms`,
        );
        await page.close();
      }
} finally {
  await browser.close();
}
