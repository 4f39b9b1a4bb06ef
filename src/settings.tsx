import { render } from 'preact';
import { connectToZohoWithoutRecord, deadlineFromSearch } from './crm/zoho-crm-client.ts';
import { messageLoader } from './i18n/load-messages.ts';
import { SettingsApp } from './ui/settings/settings-app.tsx';
import './ui/widget.css';
import './ui/transition-form.css';
import './ui/settings/settings.css';

// Connect first: the PageLoad handler must be registered before the SDK's init (reference/zoho-embedded-sdk.md).
const { client, page } = connectToZohoWithoutRecord(window, deadlineFromSearch(window.location.search));

/** Texts come from app/translations/ beside the page; a fetch that hangs gives up, and English is the fallback. */
const loadMessages = messageLoader((url) =>
  fetch(url, { signal: AbortSignal.timeout(8000) }).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${url}`)))),
);
const locale = navigator.language || 'en';
void loadMessages(locale);

function start(): void {
  const root = document.getElementById('root');
  if (root) render(<SettingsApp client={client} ready={page} loadMessages={loadMessages} locale={locale} />, root);
}

if (import.meta.env.DEV) void import('preact/debug').then(start);
else start();
