import { render } from 'preact';
import { pageCallLog } from './crm/call-log.ts';
import { connectToZohoWithoutRecord, deadlineFromSearch } from './crm/zoho-crm-client.ts';
import { pageMessageLoader } from './i18n/load-messages.ts';
import { withDiagnostics } from './ui/diagnostics.ts';
import { SettingsApp } from './ui/settings/settings-app.tsx';
import { connectionReader } from './crm/zoho-connection.ts';
// Its own CSS only: what it shares with the widget (base.css) and with a form (form-fields.css), then its own.
import './ui/base.css';
import './ui/form-fields.css';
import './ui/settings/settings.css';

// Connect first: the PageLoad handler must be registered before the SDK's init (docs/zoho-sdk.md).
const connection = connectToZohoWithoutRecord(window, deadlineFromSearch(window.location.search));
const { page } = connection;
// Every call logged (shapes only) for an admin's "Copy diagnostics".
const client = withDiagnostics(connection.client, pageCallLog);

// The blueprints' definitions, read through the admin's CRM connection: this page only, never the widget's.
const deadline = deadlineFromSearch(window.location.search);
const blueprints = connectionReader(window, new URLSearchParams(window.location.search).get('serviceOrigin'), deadline);

// Its own file of texts: the widget's leaves out the texts only this page shows.
const loadMessages = pageMessageLoader('settings');
// The browser's locale to start with; the page switches to the user's CRM locale once the CRM says it.
const locale = navigator.language || 'en';
void loadMessages(locale);

function start(): void {
  const root = document.getElementById('root');
  if (root)
    render(
      <SettingsApp client={client} ready={page} loadMessages={loadMessages} locale={locale} blueprints={blueprints} />,
      root,
    );
}

if (import.meta.env.DEV) void import('preact/debug').then(start);
else start();
