/**
 * The import rules `npm run lint:layers` checks (dependency-cruiser; part of `npm test`).
 *
 * The layers of README.md ("How the code is laid out"), top to bottom; a file may import from its own layer and
 * the ones below it, never from one above:
 *
 *   boots       src/main.tsx, src/settings.tsx, any page boot src/*.tsx: build the SDK client, render a view
 *   views       src/ui/** and every .tsx anywhere in src/ (e.g. a field kind's editor, src/fields/<kind>/*.tsx)
 *   flows       src/flow/**: each page's script (load, send, save); takes a CrmClient, never builds one
 *   crm         src/crm/**: the CrmClient interface, its errors, its SDK implementation (src/crm/zoho-*.ts)
 *   settings    src/settings/**: the admin's settings document; imports only blueprint (and i18n's Message)
 *   blueprint   src/blueprint/**: pure domain; imports only i18n's Message type (src/i18n/message.ts)
 *   i18n        src/i18n/**: the translator; imports nothing else of src/ but the translations
 *
 * What each rule below says, in words:
 * - No cycles between modules (type-only imports count).
 * - Only the boots (and src/crm itself) import the SDK implementation src/crm/zoho-*.ts; views and flows get a
 *   CrmClient handed to them.
 * - Nothing but views and boots imports src/ui; nothing but views, boots and flows imports src/flow. This covers
 *   folders added beside the layers (src/fields/<kind>/, src/bulk/, src/drafts/, src/storage/, src/diagnostics/,
 *   src/crm/decode/…): their .ts files may not reach up into views or flows.
 * - Outside src/ui, a .ts file imports no .tsx: a field kind's domain files (initial value, check, encoding) do
 *   not import their editor or view siblings, so domain code never pulls a view into its chunk or its tests.
 * - blueprint, settings, i18n, crm and flows import no Preact; blueprint, settings and i18n import nothing of
 *   src/crm; settings imports only blueprint and i18n's Message, blueprint only i18n's Message, i18n nothing.
 * - The CRM simulator (test/crm-sim/**) imports nothing from src/: it plays the CRM, which knows the widget only
 *   through the wire protocol (test/crm-sim/protocol.ts). The one name both share, the settings variable's, is
 *   checked equal by test/unit/crm-sim/seed/crm-data.test.ts instead.
 * - src/ imports nothing from test/, no devDependency, and every import resolves.
 *
 * Parsing: TypeScript 7's package ships no JavaScript API, and dependency-cruiser's TypeScript parser needs one
 * (it supports typescript < 7); swc, its other one, is set up there without TSX and fails on JSX. So it reads the
 * sources with its own parser (acorn, falling back to acorn's error-tolerant mode for TypeScript syntax), which
 * sees every import as written, type-only ones included. It scans a folder only for the extensions of a parser it
 * has, and .ts/.tsx are not among them, so package.json's lint:layers names the .ts and .tsx files by glob.
 * test/unit/tools/layer-rules.test.ts proves all this on a small
 * tree of deliberate violations (test/fixtures/layers/), so a parser that stopped seeing imports fails a test
 * instead of passing every rule.
 */

/** The page boots: the only files that build the SDK client. */
const BOOTS = '^src/[^/]+[.]tsx?$';
/** Views: the ui folder and every .tsx. */
const VIEWS = ['^src/ui/', '^src/.+[.]tsx$'];
/** Pure domain: no Preact, no SDK. */
const DOMAIN = '^src/(blueprint|settings|i18n)/';

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
    {
      name: 'sdk-only-from-boots',
      comment: "Views and flows use the CrmClient interface; only a page's boot builds the SDK implementation.",
      severity: 'error',
      from: { path: '^src/', pathNot: [BOOTS, '^src/crm/'] },
      to: { path: '^src/crm/zoho-' },
    },
    {
      name: 'ui-is-the-top',
      comment: 'Only views and boots import src/ui: flows, crm, domain and helper folders sit below the views.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...VIEWS, BOOTS] },
      to: { path: '^src/ui/' },
    },
    {
      name: 'flow-below-views-only',
      comment: 'Only views, boots and other flows import src/flow: crm, domain and helper folders sit below flows.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...VIEWS, BOOTS, '^src/flow/'] },
      to: { path: '^src/flow/' },
    },
    {
      name: 'no-views-from-ts-outside-ui',
      comment: "Outside src/ui a .ts file imports no .tsx, e.g. a field kind's domain files never import its editor.",
      severity: 'error',
      from: { path: '^src/.+[.]ts$', pathNot: '^src/ui/' },
      to: { path: '[.]tsx$' },
    },
    {
      name: 'no-preact-below-views',
      comment: 'Domain, crm and flows are plain TypeScript: no Preact (README: "pure domain, no Preact, no SDK").',
      severity: 'error',
      from: { path: [DOMAIN, '^src/crm/', '^src/flow/'] },
      to: { path: '^node_modules/preact/' },
    },
    {
      name: 'domain-imports-no-crm',
      comment: 'blueprint, settings and i18n know nothing of the CRM client or its errors; flows and views do.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^src/crm/' },
    },
    {
      name: 'settings-only-blueprint',
      comment: "settings imports only blueprint and i18n's Message (README).",
      severity: 'error',
      from: { path: '^src/settings/' },
      to: { path: '^src/', pathNot: ['^src/settings/', '^src/blueprint/', '^src/i18n/message[.]ts$'] },
    },
    {
      name: 'blueprint-only-message-of-i18n',
      comment: "blueprint names texts by key (i18n's Message); the UI translates them. It sits below settings.",
      severity: 'error',
      from: { path: '^src/blueprint/' },
      to: { path: ['^src/i18n/', '^src/settings/'], pathNot: '^src/i18n/message[.]ts$' },
    },
    {
      name: 'i18n-is-the-bottom',
      comment: 'The translator imports nothing of src/ but itself and the translations.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: ['^src/i18n/', '^src/translations/'] },
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
