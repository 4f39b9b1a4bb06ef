import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the widget page loads before its first screen (the stepper), gzipped together, may not pass this (README,
 * "Size budget"): its HTML, its texts and the JS and CSS of its first chunk. Set just above what the widget
 * measured (32,132 B), so the test stops any growth. Counting the JS and CSS alone, as it did until then, it was
 * 26.1 KB; the HTML's comments (641 B) left the build, its inline guard is minified (80 B), the skeleton's CSS is
 * no longer twice over (104 B), and the widget's texts leave out the settings page's and bulk mode's (2.4 KB).
 * Since fifteen languages ship, the texts counted are the largest language's (TEXTS_AT_START): Russian, 32,308 B
 * (English 31,334 B), once the form's texts left the widget's file. Not raised since, though the page's early
 * start (about 450 B) and the checks of issues 21 and 24 came in: the decoders of later answers, the call log's
 * shapes and the notices after a send left the first screen, and its second message guard went (32,215 B in
 * Russian); the time in the current stage (issues 23, 25) loads with the form, and the escalation banner it
 * replaced left (32,121 B). Lowered to 31.2 KB once the admins' note and the form code's stand-ins left the first
 * screen (issues 22, 23: 31,705 B with the key fields' values and bulk mode's early reads in). Issue 27's early
 * start then grew the page's HTML by 300 B, paid for by the admins' note's wording (31,845 B). Raised to 31.25 KB
 * for the page's own message when the widget's module never loads (142 B with the early start reading a repeated
 * id as one record: 31,987 B), where the skeleton stood for ever. Issue 13's goal (18 KB) is not met.
 */
export const BUDGET_BYTES = 31.25 * 1024;

/**
 * Everything the widget page may load for one record, its HTML, its texts and the transition form's chunk
 * included, may not pass this. Set above 50,199 B (README, "Size budget"); raised by half a KB to 50,785 B
 * measured in English for fifteen languages and right to left: the form's texts in a file of their own (180 B
 * more gzip than one file, for 0.8 to 1.7 KB less before the stepper), the loader's languages and right-to-left
 * code and CSS (about 400 B). Raised to 54 KB over 54,882 B: issue 21's exact numbers, time-zone and
 * invisible-character checks and its late-answer model (about 1 KB), issue 24's path tools (scroll buttons,
 * tooltip, keys: 1.1 KB) and form and bulk polish (0.9 KB), and what left the first screen for the form's chunk
 * (decoders, notices: gzipped apart they cost a little more). Raised to 54.7 KB over 55,935 B for the time in the
 * current stage (issues 23 and 25: reading the escalation period, the line's wording and texts, the overdue mark's
 * CSS, about 1.1 KB), which comes with the form's chunk so that the first screen does not grow (it shrank by 111 B:
 * the old escalation banner and its texts left it); then to 57.6 KB for issue 25's key fields: their panel, editing
 * in place, save and drafts, and their check of the settings (2.7 KB with their texts), which load with the form's
 * chunk so that the first screen did not grow; then for issue 23: what a process's definition adds after the
 * first screen (the transitions not available to the user) and the admins' note with its texts, moved there to
 * keep the first screen from growing. Issue 13's goal is 32 KB.
 */
export const TOTAL_BUDGET_BYTES = 59 * 1024;

/**
 * Everything bulk mode (a list view's selection) may load: the page's HTML and texts, the first screen's code, its
 * own chunk and texts (BULK_TEXTS), and the form with its texts (FORM_TEXTS). Set above 57,252 B, then raised to
 * 57,845 B measured in English for the same reasons as TOTAL_BUDGET_BYTES, with a quarter of a KB of headroom;
 * then to 62 KB over 62,970 B for the same reasons again, and bulk mode's late answers, Stop and summary; then to
 * 62.6 KB over 63,997 B for the time in the current stage in the form's chunk (as TOTAL_BUDGET_BYTES); then to
 * 65.6 KB for issue 25's key fields, which come with the form's chunk bulk mode loads too; then for issue 23's
 * lazy code (as TOTAL_BUDGET_BYTES); then to 67.15 KB over 68,750 B for the page's message when the module never
 * loads (as BUDGET_BYTES).
 */
export const BULK_BUDGET_BYTES = 67.15 * 1024;

/**
 * Of the shipped languages' files of one set of texts (`''`: the widget's, `form-`, `bulk-`), the one largest
 * gzipped, as `translations/<file>`: a budget holds for every language when it holds for that one (Russian's,
 * at the time of writing: Cyrillic takes two bytes a letter, and its words are long).
 */
export function largestTexts(prefix: '' | 'form-' | 'bulk-', appDir = 'app'): string {
  const dir = join(appDir, 'translations');
  const files = existsSync(dir)
    ? readdirSync(dir).filter((f) => new RegExp(`^${prefix}[a-z]{2}(-[A-Z]{2})?\\.json$`).test(f))
    : [];
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  const largest = files.sort((a, b) => gz(b) - gz(a))[0] ?? `${prefix}en.json`;
  return `translations/${largest}`;
}

/** Bulk mode's own texts (English), fetched with its chunk on top of the widget's (src/main.tsx). */
export const BULK_TEXTS = 'translations/bulk-en.json';

/** The transition form's texts (English), fetched with its chunk (src/ui/lazy-transition-form.tsx). */
export const FORM_TEXTS = 'translations/form-en.json';

/** Bulk mode's own chunks (JS and CSS) and texts, loaded only when the widget opens on several records. */
export const isBulkChunk = (file: string): boolean => file.startsWith('bulk-') || file === BULK_TEXTS;

/** One built asset and its sizes. */
export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JS and CSS files a built page loads: the assets its HTML names (script, stylesheet, modulepreload), then,
 * transitively, every asset a loaded JS file names (static imports, dynamic imports and Vite's preload lists
 * all spell out the hashed file name). Found by name rather than by parsing import syntax, so nothing the page
 * may load is missed, and nothing another page loads (app/settings.html) is counted.
 */
export function assetsLoadedBy(page: string, appDir = 'app', skip: (file: string) => boolean = () => false): string[] {
  const dir = join(appDir, 'assets');
  const all = existsSync(dir)
    ? readdirSync(dir).filter((f) => (f.endsWith('.js') || f.endsWith('.css')) && !skip(f))
    : [];
  const named = (text: string) => all.filter((f) => text.includes(f));
  const loaded = new Set(named(readFileSync(join(appDir, page), 'utf8')));
  const queue = [...loaded].filter((f) => f.endsWith('.js'));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const dep of named(readFileSync(join(dir, file), 'utf8'))) {
      if (loaded.has(dep)) continue;
      loaded.add(dep);
      if (dep.endsWith('.js')) queue.push(dep);
    }
  }
  return [...loaded].sort();
}

/**
 * The JS and CSS a built page needs before it runs: what its HTML names, then every chunk a loaded JS file
 * imports statically (`import … from "./x.js"`, `import "./x.js"`). Chunks loaded later with `import()` (the
 * transition form) are left out; assetsLoadedBy counts them.
 */
export function assetsAtStart(page: string, appDir = 'app'): string[] {
  const dir = join(appDir, 'assets');
  const all = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css')) : [];
  const loaded = new Set(all.filter((f) => readFileSync(join(appDir, page), 'utf8').includes(f)));
  const queue = [...loaded].filter((f) => f.endsWith('.js'));
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(
      /(?:\bfrom|\bimport)\s*["']\.\/([\w.$-]+\.js)["']/g,
    )) {
      const dep = m[1]!;
      if (loaded.has(dep) || !all.includes(dep)) continue;
      loaded.add(dep);
      queue.push(dep);
    }
  }
  return [...loaded].sort();
}

/**
 * The file of texts each page fetches as it starts and waits for before its first screen (src/i18n/load-messages.ts):
 * the widget's in the language whose file is largest, so its budget holds for every language; the settings page's
 * in English.
 */
export const TEXTS_AT_START: Record<string, string> = {
  get 'widget.html'() {
    return largestTexts('');
  },
  'settings.html': 'translations/settings-en.json',
};

/**
 * Sizes of a built page (the widget's by default): its HTML first (the browser loads it before anything else; its
 * inline style and script are part of it), its texts (TEXTS_AT_START unless named), then the JS and CSS it may load, gzipped at
 * level 9 as a CDN would.
 */
export function measureBundle(
  appDir = 'app',
  page = 'widget.html',
  files = assetsLoadedBy(page, appDir),
  texts = TEXTS_AT_START[page],
): AssetSize[] {
  const size = (file: string, path: string): AssetSize => {
    const content = readFileSync(path);
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  };
  return [
    size(page, join(appDir, page)),
    ...(texts ? [size(texts, join(appDir, texts))] : []),
    // Files of texts are named from app/, as TEXTS_AT_START and BULK_TEXTS name them; the rest from app/assets/.
    ...files.map((file) => size(file, join(appDir, file.startsWith('translations/') ? '' : 'assets', file))),
  ];
}
