import { render } from 'preact';
import { connectToZoho, deadlineFromSearch } from './crm/zoho-crm-client.ts';
import { App } from './ui/app.tsx';
import './ui/widget.css';

// Connect first: the PageLoad handler must be registered before the SDK's init (reference/zoho-embedded-sdk.md).
const { client, page } = connectToZoho(window, deadlineFromSearch(window.location.search));

function start(): void {
  const root = document.getElementById('root');
  if (root) render(<App client={client} page={page} />, root);
}

if (import.meta.env.DEV) void import('preact/debug').then(start);
else start();
