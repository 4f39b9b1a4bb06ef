import { render } from 'preact';
import { connectToZohoWithoutRecord, deadlineFromSearch } from './crm/zoho-crm-client.ts';
import { SettingsApp } from './ui/settings/settings-app.tsx';
import './ui/widget.css';
import './ui/settings/settings.css';

// Connect first: the PageLoad handler must be registered before the SDK's init (reference/zoho-embedded-sdk.md).
const { client, page } = connectToZohoWithoutRecord(window, deadlineFromSearch(window.location.search));

function start(): void {
  const root = document.getElementById('root');
  if (root) render(<SettingsApp client={client} ready={page} />, root);
}

if (import.meta.env.DEV) void import('preact/debug').then(start);
else start();
