/**
 * The import rules `npm run lint:layers` checks (dependency-cruiser; part of `npm test`).
 *
 * The layers are written once, as a table in docs/architecture.md ("Layers and what each may import"), and read
 * from there: one rule per layer forbids its files to import a layer above it. The other rules say themselves
 * below, in words. test/unit/tools/layer-rules.test.ts proves them on a small tree of deliberate breaches
 * (test/fixtures/layers/); the breaches it expects name layer rules after the table's rows, so a table that is
 * no longer read, or read wrong, fails it.
 *
 * Parsing: TypeScript 7's package ships no JavaScript API, and dependency-cruiser's TypeScript parser needs one
 * (it supports typescript < 7); swc, its other one, is set up there without TSX and fails on JSX. So it reads the
 * sources with its own parser (acorn, falling back to acorn's error-tolerant mode for TypeScript syntax), which
 * sees every import as written, type-only ones included. It scans a folder only for the extensions of a parser it
 * has, and .ts/.tsx are not among them, so package.json's lint:layers names the .ts and .tsx files by glob.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * A file pattern of the table as a regular expression (unanchored at its start): a folder (`src/ui/`) matches what
 * is under it, a file its own path; `*` stands for part of a name, `**` followed by a slash for any folders.
 */
function patternOf(glob) {
  const part = (text) => text.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  const body = glob.split('**/').map(part).join('(?:.*/|)');
  return glob.endsWith('/') ? body : `${body}$`;
}

/**
 * The layers, top to bottom, from the table in docs/architecture.md. Each is a name and one regular expression
 * for the files it takes: those its row names, less those the row takes out with `!`.
 */
function readLayers(page) {
  const text = readFileSync(page, 'utf8');
  const start = text.indexOf('<!-- The layers:');
  if (start === -1) throw new Error(`${page} has lost its table of layers`);
  const lines = text.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const layers = [];
  for (const row of lines.slice(first)) {
    if (!row.startsWith('|')) break;
    const [name, files] = row
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    if (name === 'layer' || /^-+$/.test(name)) continue;
    const globs = [...files.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const taken = globs.filter((g) => !g.startsWith('!')).map(patternOf);
    const out = globs.filter((g) => g.startsWith('!')).map((g) => patternOf(g.slice(1)));
    const path = `^${out.length ? `(?!(?:${out.join('|')}))` : ''}(?:${taken.join('|')})`;
    layers.push({ name, path });
  }
  if (layers.length < 2) throw new Error(`${page}'s table of layers names fewer than two layers`);
  return layers;
}

/** The layers, top to bottom (docs/architecture.md, "Layers and what each may import"). */
const LAYERS = readLayers(join(__dirname, 'docs/architecture.md'));

/**
 * One rule per layer below the top: its files (those its row takes and no row above it does) import no file of a
 * layer above.
 */
const layerRules = LAYERS.slice(1).map((layer, n) => {
  const above = LAYERS.slice(0, n + 1);
  return {
    name: `layer-${layer.name}`,
    comment: `${layer.name} imports only its own layer and those below it (docs/architecture.md), not ${above
      .map((l) => l.name)
      .join(', ')}.`,
    severity: 'error',
    from: { path: layer.path, pathNot: above.map((l) => l.path) },
    to: { path: above.map((l) => l.path) },
  };
});

/** The layers' names, for the rules below that single some out. */
const layer = (name) => {
  const found = LAYERS.find((l) => l.name === name);
  if (!found) throw new Error(`docs/architecture.md's table of layers has no ${name}`);
  return found.path;
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules import one way; a cycle means two modules are really one, or a type is in the wrong place.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'crm-only-through-its-face',
      comment:
        'Outside crm and the boots, code sees crm through crm-client.ts, blueprint-reader.ts, crm-error.ts, editor-services.ts and value-shape.ts: never the SDK wire (zoho-*.ts), the decoders or the call log (a boot hands the client and the log in).',
      severity: 'error',
      from: { path: '^src/', pathNot: [layer('boots'), layer('crm')] },
      to: {
        path: layer('crm'),
        pathNot: '^src/crm/(crm-client|crm-error|editor-services|value-shape|blueprint-reader)[.]ts$',
      },
    },
    {
      name: 'no-preact-below-views',
      comment: 'Below the views, code is plain TypeScript: no Preact.',
      severity: 'error',
      from: { path: '^src/', pathNot: [layer('boots'), layer('views')] },
      to: { path: '^node_modules/preact/' },
    },
    {
      name: 'every-file-in-a-layer',
      comment: "Every file of src/ is in a row of docs/architecture.md's table of layers (add a new folder there).",
      severity: 'error',
      from: { path: '^src/.+[.]tsx?$', pathNot: LAYERS.map((l) => l.path) },
      to: {},
    },
    {
      name: 'simulator-imports-no-src',
      comment: 'The simulator plays the CRM: it speaks the wire protocol and shares no code with the widget.',
      severity: 'error',
      from: { path: '^test/crm-sim/' },
      to: { path: '^src/' },
    },
    {
      name: 'src-imports-no-test',
      comment: 'What ships never imports tests, fixtures or the simulator.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
    {
      name: 'src-ships-only-dependencies',
      comment: 'What ships imports only packages listed under dependencies (the build would bundle a devDependency).',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (catches a path left behind by a move).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // test/fixtures/layers/ breaks every rule on purpose (test/unit/tools/layer-rules.test.ts cruises it alone).
    exclude: { path: ['^(app|dist|test-output)/', '^test/fixtures/layers/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
      conditionNames: ['import', 'module', 'browser', 'default'],
      exportsFields: ['exports'],
    },
  },
};
