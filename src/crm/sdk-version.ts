/**
 * The version of Zoho's SDK on the page, for diagnostics: read from its script's address
 * (`…/js-sdk/1.2/ZohoEmbededAppSDK.min.js`, docs/zoho-sdk.md), else from `ZOHO.version` if the SDK has one,
 * else `unknown` (the simulator's stand-in has neither).
 */
export function sdkVersion(doc: Document): string {
  for (const script of Array.from(doc.scripts)) {
    const match = /\/js-sdk\/([\w.-]+)\//.exec(script.src);
    if (match?.[1]) return match[1];
  }
  const zoho = (doc.defaultView as unknown as { ZOHO?: { version?: unknown } } | null)?.ZOHO;
  return typeof zoho?.version === 'string' ? zoho.version : 'unknown';
}
