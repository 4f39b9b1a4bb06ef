import { render } from 'preact';
import { selectionMode } from './bulk/selection.ts';
import { pageCallLog } from './crm/call-log.ts';
import type { PageContext } from './crm/crm-client.ts';
import { connectToZoho, deadlineFromSearch } from './crm/zoho-crm-client.ts';
import { lastUserLocale } from './i18n/last-locale.ts';
import { pageMessageLoader, withMoreTexts } from './i18n/load-messages.ts';
import { prepareLocale } from './i18n/translate.ts';
import { celebrationPreference } from './storage/celebration-preference.ts';
import { sessionDraftStore } from './storage/draft-store.ts';
import { storageOrNull } from './storage/kept-text.ts';
import { statesCache } from './storage/states-cache.ts';
import { App } from './ui/app.tsx';
import { startFirstLoad } from './ui/use-stepper-load.ts';
import { fetchFormTextsWith } from './ui/lazy-transition-form.tsx';
import { withDiagnostics } from './ui/diagnostics.ts';
import './ui/widget.css';

// Connect first: the PageLoad handler must be registered before the SDK's init (docs/zoho-sdk.md).
const connection = connectToZoho(window, deadlineFromSearch(window.location.search));
const { page } = connection;
// Every call logged (shapes only) for an admin's "Copy diagnostics".
const client = withDiagnostics(connection.client, pageCallLog);

const loadMessages = pageMessageLoader();
const local = storageOrNull('localStorage');
const userLocale = lastUserLocale(local);
// The user's locale from the last open where the browser kept it, else the browser's.
const initialLocale = userLocale.get() ?? (navigator.language || 'en');
// Start fetching the texts now, alongside the CRM's first answers.
void loadMessages(initialLocale);

const drafts = sessionDraftStore(storageOrNull('sessionStorage'));
const celebrations = celebrationPreference(local);
// The module's states from the last open: the path shows whole before the field list comes.
const keptStates = statesCache(local);

// Several selected records (a list view's mass action): bulk mode, a chunk of its own, replaces the stepper.
const single = page.then((ctx) => {
  if (selectionMode(ctx.recordIds).kind === 'single') return ctx;
  void loadBulk(ctx);
  return new Promise<never>(() => undefined);
});
// The first screen's calls go out in the PageLoad handler itself, before the App has rendered.
const first = single.then((ctx) =>
  startFirstLoad(client, drafts, ctx.record, {
    // The user's texts are fetched as soon as the CRM says their locale, not after every first answer.
    userKnown: (user) => {
      userLocale.set(user.formats.locale);
      void loadMessages(user.formats.locale);
    },
    states: keptStates,
  }),
);

// While the calls' answers are on their way, Intl reads the texts' locale data, so the first screen's render does
// not (prepareLocale). A little later, not at once: it keeps a core busy, which delayed the calls just sent
// (docs/performance.md, "The first screen").
const LOCALE_WARM_UP_DELAY_MS = 50;
void Promise.all([loadMessages(initialLocale), first]).then(([{ locale }]) =>
  setTimeout(() => prepareLocale(locale), LOCALE_WARM_UP_DELAY_MS),
);

function root(): HTMLElement | null {
  return document.getElementById('root');
}

async function loadBulk(ctx: PageContext): Promise<void> {
  // Bulk mode's own texts and the form's, laid over the widget's, fetched alongside its chunk.
  const withBulkTexts = withMoreTexts(
    loadMessages,
    withMoreTexts(pageMessageLoader('bulk'), pageMessageLoader('form')),
  );
  void withBulkTexts(initialLocale);
  fetchFormTextsWith(() => Promise.resolve());
  const [m] = await Promise.all([import('./ui/bulk/bulk-app.tsx'), ready]);
  // Bulk mode keeps at most MAX_IN_FLIGHT calls waiting on the CRM, late ones included (docs/architecture.md).
  connection.inFlight.limit = m.MAX_IN_FLIGHT;
  const element = root();
  if (element) m.mountBulk(element, { client, ctx, loadMessages: withBulkTexts, initialLocale });
}

function start(): void {
  const element = root();
  if (!element) return;
  // The form's texts come with its code, after the first screen (load-messages.ts, textsFileOf).
  fetchFormTextsWith(() => loadMessages.also('form'));
  // The static skeleton of widget.html stands until this first render replaces it.
  element.replaceChildren();
  render(
    <App
      client={client}
      page={single}
      first={first}
      drafts={drafts}
      celebrations={celebrations}
      loadMessages={loadMessages}
      initialLocale={initialLocale}
    />,
    element,
  );
}

const ready = import.meta.env.DEV ? import('preact/debug').then(start) : Promise.resolve(start());
