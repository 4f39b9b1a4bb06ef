import type { CallRecord, CrmClient } from '../crm/crm-client.ts';

/** The page's call log (shapes only), and whether the user is an admin: one per page, set up at boot. */
let session: { log: CallRecord[]; isAdmin: () => Promise<boolean> } | null = null;

/**
 * Starts the page's diagnostics over the page's call log (filled by the SDK wire, crm/call-log.ts; the page's boot
 * hands it in, as views take nothing of src/crm but its interface). Whether the
 * user is an administrator is learned from the page's own getCurrentUser call, else asked once (the settings
 * page makes none). A page that never calls this shows no "Copy diagnostics". Returns `client`, watching only
 * its getCurrentUser.
 */
export function withDiagnostics(client: CrmClient, log: CallRecord[]): CrmClient {
  let admin: Promise<boolean> | null = null;
  const getCurrentUser: CrmClient['getCurrentUser'] = (opts) => {
    const user = client.getCurrentUser(opts);
    admin = user.then(
      (u) => u.isAdministrator,
      () => false,
    );
    return user;
  };
  const watched: CrmClient = { ...client, getCurrentUser };
  session = {
    log,
    isAdmin: () =>
      admin ??
      getCurrentUser().then(
        (u) => u.isAdministrator,
        () => false,
      ),
  };
  return watched;
}

/** Whether the current user may copy diagnostics: an administrator, on a page that keeps them. */
export function mayCopyDiagnostics(): Promise<boolean> {
  return session ? session.isAdmin() : Promise.resolve(false);
}

/** The page's call log, for the report, which shapes it: empty on a page that keeps none. */
export function diagnosticsCalls(): CallRecord[] {
  return session?.log ?? [];
}
