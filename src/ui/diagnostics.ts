import { version } from '../../package.json';
import { CallLog, logCalls } from '../crm/call-log.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { sdkVersion } from '../crm/sdk-version.ts';
import { isAdministrator } from '../flow/user-prefs.ts';

/** The page's diagnostics: its call log, and whether the user may copy it. One per page, set up at boot. */
interface Session {
  log: CallLog;
  /** Whether the user's profile is Administrator (learned from the page's own getCurrentUser, else asked once). */
  isAdmin(): Promise<boolean>;
}

let session: Session | null = null;

/**
 * Starts the page's diagnostics: returns `client` with every call logged (the last 50, shapes only). A page
 * that never calls this shows no "Copy diagnostics".
 */
export function withDiagnostics(client: CrmClient): CrmClient {
  let admin: Promise<boolean> | null = null;
  const log = new CallLog(50);
  const logged = logCalls(client, log, (method, answer) => {
    if (method === 'getCurrentUser') admin = answer.then(isAdministrator, () => false);
  });
  session = { log, isAdmin: () => (admin ??= logged.getCurrentUser().then(isAdministrator, () => false)) };
  return logged;
}

/** Whether the current user may copy diagnostics; false on a page without them. */
export function mayCopyDiagnostics(): Promise<boolean> {
  return session ? session.isAdmin() : Promise.resolve(false);
}

/** The report an admin copies: versions, browser and the call log, as JSON text; no CRM value is in it. */
export function diagnosticsReport(): string {
  return JSON.stringify(
    {
      widget: version,
      sdk: sdkVersion(document),
      browser: navigator.userAgent,
      page: location.pathname.split('/').pop(),
      at: new Date().toISOString(),
      calls: session?.log.entries ?? [],
    },
    null,
    1,
  );
}
