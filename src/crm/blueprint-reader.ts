import type { BlueprintSummary } from './decode/blueprint-definition.ts';
import type { CallOptions } from './crm-client.ts';
import type { ReadBlueprint } from '../settings/process-definition.ts';

export type { BlueprintSummary };

/**
 * The CRM connection the settings page reads blueprints' definitions through (README, "Blueprint definitions"):
 * its link name as created in Zoho's setup, and the one scope it needs. A connection acts with the token of the
 * administrator who created it, so only the settings page uses it, never a rep's widget.
 */
export const BLUEPRINT_CONNECTION = { name: 'bpstepperblueprints', scope: 'ZohoCRM.settings.blueprint.READ' } as const;

/**
 * Reads the org's blueprints through the connection (Zoho's v8 settings API). Answers come decoded; every method
 * rejects only with a CrmFailure, or with the signal's reason once aborted. Made by the settings page's boot
 * (zoho-connection.ts); tests hand in their own.
 */
export interface BlueprintReader {
  /** Every blueprint of the org (`GET /settings/blueprints`), in Zoho's order. */
  listBlueprints(opts?: CallOptions): Promise<BlueprintSummary[]>;
  /** One blueprint whole (`GET /settings/blueprints/{id}`): its states, transitions and owners. */
  readBlueprint(id: string, opts?: CallOptions): Promise<ReadBlueprint>;
}
