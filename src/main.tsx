import { render } from 'preact';
import { connectToZoho, deadlineFromSearch } from './crm/zoho-crm-client.ts';
import { celebrationPreference } from './flow/celebration.ts';
import { sessionDraftStore } from './flow/draft-store.ts';
import { pageMessageLoader } from './i18n/load-messages.ts';
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
  if (root) {
    render(<App client={client} page={page} drafts={sessionDraftStore(storageOrNull('sessionStorage'))}
        celebrations={celebrationPreference(storageOrNull('localStorage'))} loadMessages={loadMessages} initialLocale={initialLocale} />, root);
  }
}

if (import.meta.env.DEV) void import('preact/debug').then(start);
else start();
