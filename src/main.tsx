import { render } from 'preact';
import { selectionMode } from './bulk/selection.ts';
import { connectToZoho, deadlineFromSearch } from './crm/zoho-crm-client.ts';
import { pageMessageLoader } from './i18n/load-messages.ts';
import { celebrationPreference } from './storage/celebration-preference.ts';
import { sessionDraftStore } from './storage/draft-store.ts';
import { App } from './ui/app.tsx';
import { withDiagnostics } from './ui/diagnostics.ts';
import './ui/widget.css';

// Connect first: the PageLoad handler must be registered before the SDK's init (docs/zoho-sdk.md).
const connection = connectToZoho(window, deadlineFromSearch(window.location.search));
const { page } = connection;
// Every call logged (shapes only) for an admin's "Copy diagnostics".
const client = withDiagnostics(connection.client);

/** A storage, if the browser lets the widget's frame have it (third-party frames may be refused). */
function storageOrNull(kind: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

const loadMessages = pageMessageLoader();
const initialLocale = navigator.language || 'en';
// Start fetching the texts now, alongside the CRM's first answers.
void loadMessages(initialLocale);

function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  // Several selected records (a list view's mass action): bulk mode, a chunk of its own, replaces the stepper.
  const single = page.then((ctx) => {
    if (selectionMode(ctx.recordIds).kind === 'single') return ctx;
    void import('./ui/bulk/bulk-app.tsx').then((m) => m.mountBulk(root, { client, ctx, loadMessages, initialLocale }));
    return new Promise<never>(() => undefined);
  });
  const drafts = sessionDraftStore(storageOrNull('sessionStorage'));
  const celebrations = celebrationPreference(storageOrNull('localStorage'));
  render(
    <App
      client={client}
      page={single}
      drafts={drafts}
      celebrations={celebrations}
      loadMessages={loadMessages}
      initialLocale={initialLocale}
    />,
    root,
  );
}

if (import.meta.env.DEV) void import('preact/debug').then(start);
else start();
