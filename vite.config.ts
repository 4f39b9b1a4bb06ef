import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { guardSdkMessages } from './src/crm/context-guard.ts';
import { startEarly } from './src/crm/early-start.ts';
import { STAGE_HISTORY_LISTS } from './src/blueprint/stage-history.ts';
import { SETTINGS_VARIABLE } from './src/settings/settings-schema.ts';
import { LANGUAGE_NAMED_LOCALES, textsFileOf } from './src/i18n/load-messages.ts';
import { USER_LOCALE_KEY } from './src/i18n/last-locale.ts';
import { crmSimulator } from './test/crm-sim/vite-plugin.ts';

/**
 * The files of texts one src/translations/<locale>.json makes, by name (src/i18n/load-messages.ts, textsFileOf):
 * the widget's `<locale>.json`, the form's `form-<locale>.json`, bulk mode's `bulk-<locale>.json`, and the settings
 * page's `settings-<locale>.json`
 * with every text. Minified: the files are parsed by the page, not read by people there.
 */
function textsFiles(source: string): Record<string, string> {
  const texts = JSON.parse(readFileSync(`src/translations/${source}`, 'utf8')) as Record<string, string>;
  const only = (which: string) =>
    JSON.stringify(Object.fromEntries(Object.entries(texts).filter(([key]) => textsFileOf(key) === which)));
  return {
    [source]: only('widget'),
    [`form-${source}`]: only('form'),
    [`bulk-${source}`]: only('bulk'),
    [`settings-${source}`]: JSON.stringify(texts),
  };
}

/**
 * Builds the texts into app/translations/ (the toolkit's convention), where the pages fetch them. The dev server
 * (`npm start`), which serves the pages from src/, answers their fetches from src/translations/ with the same files.
 */
function translations(): Plugin {
  return {
    name: 'blueprint-stepper-translations',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /^\/src\/translations\/((?:form-|bulk-|settings-)?([\w-]+\.json))$/.exec(
          req.url?.split('?')[0] ?? '',
        );
        const source = name && readdirSync('src/translations').includes(name[2]!) ? textsFiles(name[2]!) : null;
        const text = name && source ? source[name[1]!] : undefined;
        if (text === undefined) return next();
        res
          .writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
          .end(text);
      });
    },
    generateBundle() {
      for (const source of readdirSync('src/translations').filter((f) => f.endsWith('.json')))
        for (const [name, text] of Object.entries(textsFiles(source)))
          this.emitFile({ type: 'asset', fileName: `translations/${name}`, source: text });
    },
  };
}

/**
 * Vite wraps every `import()` in its preload helper (≈1.3 KB gzipped in the first chunk), which loads the
 * chunk's CSS files and preloads its imports first. The widget needs neither: the lazy chunks carry their CSS
 * as text (src/ui/add-style.ts) and `build.modulePreload` is off, so every list the helper gets is empty. This
 * helper only calls the import.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'blueprint-stepper-plain-dynamic-imports',
    enforce: 'pre',
    load(id) {
      return id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}

/**
 * Puts the message guard (src/crm/context-guard.ts) in each page's <head>, as an inline classic
 * script: it must be listening before the SDK's script adds its own listener (the file says why), and a module
 * runs too late for that. Its source is the guard's own function, so the two cannot drift apart.
 */
function contextGuard(): Plugin {
  return {
    name: 'blueprint-stepper-context-guard',
    transformIndexHtml: {
      order: 'pre',
      // Not in the simulator's host page, which plays the CRM's page: the widget's messages are its to read.
      handler: (_html, ctx) =>
        ctx.path.startsWith('/test/crm-sim/')
          ? []
          : [
              {
                tag: 'script',
                // Minified as the bundles are: inline, it is part of the page every open loads first.
                children: minifySync('context-guard.js', `(${guardSdkMessages.toString()})(window);`).code.trim(),
                injectTo: 'head',
              },
            ],
    },
  };
}

/**
 * Starts the widget's talk with the CRM as its page is parsed (src/crm/early-start.ts): an inline module script,
 * which runs once the page is parsed, after the SDK's classic script (in the simulator its stand-in, in the same
 * place). Its source is the function's own, with the settings variable's name, the modules that keep a stage
 * history, and the import of the widget's module: the page's own tag for that module becomes a preload, so its
 * bytes come as before but it runs only once the first calls are out, and its stylesheet's tag a preload the
 * early start applies then (docs/performance.md, "From the click").
 */
function earlyStart(): Plugin {
  // The modules with a stage history, and the related list each reads it from (all the early start needs).
  const relatedLists = Object.fromEntries(
    Object.entries(STAGE_HISTORY_LISTS).map(([module, { relatedList }]) => [module, { relatedList }]),
  );
  // Where the user's last locale is kept, and the languages whose texts it may ask for early.
  const texts = `${JSON.stringify(USER_LOCALE_KEY)},${JSON.stringify(LANGUAGE_NAMED_LOCALES.join(' '))}`;
  const script = (moduleUrl: string) => {
    const load = `()=>import(${JSON.stringify(moduleUrl)})`;
    const source = `(${startEarly.toString()})(window,${JSON.stringify(SETTINGS_VARIABLE)},${JSON.stringify(relatedLists)},${load},${texts});`;
    return `<script type="module">${minifySync('early-start.js', source).code.trim()}</script>`;
  };
  return {
    name: 'blueprint-stepper-early-start',
    transformIndexHtml: {
      // After the build: a module script found earlier would be bundled into the widget's chunk.
      order: 'post',
      // The widget's page only: the settings page asks nothing before its module runs.
      handler: (page, ctx) => {
        if (!/widget\.html$/.test(ctx.path)) return page;
        // The stylesheet of a build: fetched at once, applied by the early start once the calls are out.
        const html = page.replace(
          /<link rel="stylesheet"( crossorigin)? href="([^"]+)">/g,
          (_, cors = '', href) => `<link rel="preload" as="style"${cors} href="${href}">`,
        );
        // The widget's module: the built chunk, or src/main.tsx as `npm start` serves it (not Vite's own client,
        // nor the simulator's SDK stand-in).
        const tag = /[ \t]*<script type="module"( crossorigin)? src="((?!\/@vite|\/test\/)[^"]+)"><\/script>/.exec(
          html,
        );
        if (!tag) throw new Error('earlyStart: the widget page has no module script to start after the first calls');
        const [found, , url] = tag;
        // `crossorigin` always: the import is a CORS request, and a preload in another mode would not serve it.
        const start = `<link rel="preload" as="script" crossorigin href="${url}">${script(url!)}`;
        // Where the module's tag was: after the guard, which must stay the page's first script (served by `npm
        // start`, after the SDK stand-in's tag too, which takes the place of Zoho's).
        return `${html.slice(0, tag.index)}${start}${html.slice(tag.index + found.length)}`;
      },
    },
  };
}

/**
 * Leaves the pages' HTML comments and their indentation out of the build. They are written for whoever maintains
 * src/*.html, and a page's HTML is on the critical path: the widget's comments were a third of its bytes (641 B of
 * 1,991 gzipped). Only whitespace that holds a line break goes, and only between two tags, where the pages have
 * no text it could join.
 */
function noHtmlComments(): Plugin {
  return {
    name: 'blueprint-stepper-no-html-comments',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/\n?[ \t]*<!--[\s\S]*?-->/g, '').replace(/>[ \t]*\n\s*</g, '><'),
    },
  };
}

/** Whether a module is loaded only on demand: no entry reaches it through static imports. */
function lazyOnly(
  id: string,
  info: (id: string) => { isEntry: boolean; importers: readonly string[] } | null,
  seen = new Set<string>(),
): boolean {
  const module = info(id);
  if (!module || module.isEntry || seen.has(id)) return !module?.isEntry && seen.has(id);
  seen.add(id);
  return module.importers.every((importer) => lazyOnly(importer, info, seen));
}

/** The pages built into app/: the widget (a record button's popup) and the extension's settings page. */
const PAGES = ['widget', 'settings'] as const;

/**
 * One config, two jobs:
 * - `vite build` builds a page into app/, the folder zet packs: the widget page (src/widget.html) by default,
 *   the settings page (src/settings.html) with `--mode settings`; `npm run build` runs both. One build per
 *   page, so each page is one self-contained bundle: the widget loads none of the settings page's code and
 *   pays no shared-chunk overhead against its size budget (test/e2e/bundle-size.test.ts). Relative asset
 *   paths, because the CRM serves the pages from under /app/ (docs/zet-toolkit.md).
 * - `vite` (npm start) serves the CRM simulator at / with both pages inside it.
 */
export default defineConfig(({ command, mode }) => {
  const page = PAGES.find((p) => p === mode) ?? 'widget';
  return {
    root: command === 'build' ? 'src' : '.',
    base: './',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      // Absolute, so it names <repo>/app/ whatever the root is: src/ for a build, the repo for `vite`. Relative
      // ('../app') it named a folder outside the repo when serving, which Vite warns about unless emptyOutDir is
      // set, and which the dev server's watcher then ignored instead of app/.
      outDir: fileURLToPath(new URL('./app', import.meta.url)),
      // app/ is all build output (git-ignored): the first page's build starts it from an empty folder.
      emptyOutDir: page === PAGES[0],
      sourcemap: false,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: { [page]: `src/${page}.html` },
        // What loads on demand (the transition form's chunk, entered by src/ui/form-chunk.ts alone: the form, its
        // session, the send flow with its checks and encoders; the problem panels of a first screen that went
        // wrong) goes in one chunk: it all comes right after the first screen, and split into chunks it would cost
        // more bytes than together.
        output: {
          codeSplitting: {
            groups: [
              // Bulk mode's own code (src/bulk/, its flow and screen) loads only for a list view's selection; the
              // boot's one look at the selection (bulk/selection.ts) stays in the first chunk.
              {
                debugName: 'bulk',
                name: (id: string) =>
                  /[\\/]src[\\/](bulk[\\/](?!selection\.ts)|ui[\\/]bulk[\\/]|flow[\\/]bulk-flow)/.test(id)
                    ? 'bulk'
                    : null,
                includeDependenciesRecursively: false,
                priority: 2,
              },
              {
                debugName: 'transition-form',
                name: (
                  id: string,
                  ctx: { getModuleInfo: (id: string) => { isEntry: boolean; importers: readonly string[] } | null },
                ) => (lazyOnly(id, (m) => ctx.getModuleInfo(m)) ? 'transition-form' : null),
                includeDependenciesRecursively: false,
                priority: 1,
              },
              // Everything else, what the page loads at start, in one chunk: left to itself the bundler splits a few
              // modules the lazy chunks share with it (date formats, CRM errors) into chunks of their own, each
              // loaded at start and gzipped apart, which costs more bytes than it saves.
              {
                debugName: 'widget',
                name: (
                  id: string,
                  ctx: { getModuleInfo: (id: string) => { isEntry: boolean; importers: readonly string[] } | null },
                ) => (lazyOnly(id, (m) => ctx.getModuleInfo(m)) ? null : 'widget'),
                includeDependenciesRecursively: false,
                priority: 0,
              },
            ],
          },
        },
      },
    },
    server: { port: 5173, strictPort: false, host: '127.0.0.1' },
    // The simulator only serves; a build uses none of it.
    plugins:
      command === 'build'
        ? page === PAGES[0]
          ? [contextGuard(), earlyStart(), noHtmlComments(), plainDynamicImports(), translations()]
          : [contextGuard(), noHtmlComments()]
        : [contextGuard(), earlyStart(), translations(), crmSimulator()],
  };
});
