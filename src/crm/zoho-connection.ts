import { BLUEPRINT_CONNECTION, type BlueprintReader } from './blueprint-reader.ts';
import type { CallOptions } from './crm-client.ts';
import { CrmFailure, toCrmError } from './crm-error.ts';
import { withDeadline } from './deadline.ts';
import { decodeBlueprintDefinition, decodeBlueprintList } from './decode/blueprint-definition.ts';
import { findZohoSdk } from './zoho-sdk.ts';

/**
 * Zoho's API domain for the CRM page the settings page was opened from (`serviceOrigin`): `crm.zoho.eu` calls
 * `www.zohoapis.eu`, and so on; anything else the US domain (docs/assumptions.md).
 */
export function apiDomainFor(serviceOrigin: string | null): string {
  let host = '';
  try {
    host = serviceOrigin ? new URL(serviceOrigin).hostname : '';
  } catch {
    host = '';
  }
  const region = /(?:^|\.)zoho\.((?:com\.)?[a-z]{2,3}|com\.au|com\.cn)$/.exec(host)?.[1];
  return `https://www.zohoapis.${region ?? 'com'}`;
}

/**
 * The blueprint reader over Zoho's SDK: `ZOHO.CRM.CONNECTION.invoke(name, {url, method, param_type, parameters,
 * headers})` (docs/zoho-sdk.md), each call under a deadline; an answer that cannot be read is a failure naming why.
 */
export function connectionReader(win: Window, serviceOrigin: string | null, deadlineMs: number): BlueprintReader {
  const domain = apiDomainFor(serviceOrigin);
  const invoke = async <T>(path: string, decode: (raw: unknown) => T, opts?: CallOptions): Promise<T> => {
    const sdk = findZohoSdk(win);
    const connection = sdk?.CRM.CONNECTION;
    if (!connection) throw new CrmFailure({ kind: 'sdk-missing' });
    const call = 'CONNECTION.invoke';
    let raw: unknown;
    try {
      raw = await withDeadline(
        call,
        Promise.resolve().then(() =>
          connection.invoke(BLUEPRINT_CONNECTION.name, {
            url: `${domain}/crm/v8/${path}`,
            method: 'GET',
            param_type: 1,
            parameters: {},
            headers: {},
          }),
        ),
        deadlineMs,
        opts?.signal,
      );
    } catch (reason) {
      if (opts?.signal?.aborted && reason === opts.signal.reason) throw reason;
      throw new CrmFailure(toCrmError(call, reason));
    }
    try {
      return decode(raw);
    } catch (reason) {
      throw new CrmFailure({
        kind: 'unexpected',
        call,
        message: reason instanceof Error ? reason.message : String(reason),
      });
    }
  };
  return {
    listBlueprints: (opts) => invoke('settings/blueprints', decodeBlueprintList, opts),
    readBlueprint: (id, opts) =>
      invoke(`settings/blueprints/${encodeURIComponent(id)}`, decodeBlueprintDefinition, opts),
  };
}
