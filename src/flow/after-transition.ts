import type { CrmClient } from '../crm/crm-client.ts';
import type { AfterTransition } from '../settings/settings-schema.ts';

/**
 * Does what the admin chose for after a completed transition: close the popup, or close it and reload the
 * record page. Resolves true when the popup was asked to close and agreed; false for `stay` or when the CRM
 * refused, so the widget goes on as if it stays rather than leaving the rep on a dead screen.
 */
export async function closeAfterTransition(client: CrmClient, after: AfterTransition): Promise<boolean> {
  if (after === 'stay') return false;
  try {
    await client.closePopup(after === 'close-reload');
    return true;
  } catch {
    return false;
  }
}
