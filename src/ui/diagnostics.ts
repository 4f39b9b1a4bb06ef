import { version } from '../../package.json';
import { logCalls, type CallEntry } from '../crm/call-log.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { isAdministrator } from '../flow/user-prefs.ts';

/** The page's call log (shapes only), and whether the user is an admin: one per page, set up at boot. */
let session: { log: CallEntry[]; isAdmin: () => Promise<boolean> } | null = null;

/**
 * Starts the page's diagnostics: returns `client` with every call logged. Whether the user is an administrator
 * is learned from the page's own getCurrentUser call, else asked once (the settings page makes none). A page
 * that never calls this shows no "Copy diagnostics".
 */
export function withDiagnostics(client: CrmClient): CrmClient {
  let admin: Promise<boolean> | null = null;
  const log: CallEntry[] = [];
  const logged = logCalls(client, log, (method, answer) => {
    if (method === 'getCurrentUser') admin = answer.then(isAdministrator, () => false);
  });
  session = { log, isAdmin: () => (admin ??= logged.getCurrentUser().then(isAdministrator, () => false)) };
  return logged;
}

/** Whether the current user may copy diagnostics: an administrator, on a page that keeps them. */
export function mayCopyDiagnostics(): Promise<boolean> {
  return session ? session.isAdmin() : Promise.resolve(false);
}

/**
 * The report an admin copies (README, "Reporting a problem"), as JSON text: the widget's version (package.json),
 * the SDK's (from its script's address, `…/js-sdk/1.2/…`; `unknown` in the simulator, whose stand-in has
 * none), the browser, and the last calls, which hold shapes only: no CRM value is in it.
 */
export function diagnosticsReport(): string {
  const sdk = /\/js-sdk\/([\w.-]+)\//.exec(document.querySelector<HTMLScriptElement>('script[src*="/js-sdk/"]')?.src ?? '');
  return JSON.stringify(
    { widget: version, sdk: sdk?.[1] ?? 'unknown', browser: navigator.userAgent, calls: session?.log ?? [] },
    null,
    1,
  );
}
