import { version } from '../../package.json';
import { shapedCalls } from '../crm/value-shape.ts';
import { diagnosticsCalls } from './diagnostics.ts';

/**
 * The report an admin copies (README, "Reporting a problem"), as JSON text: the widget's version (package.json),
 * the SDK's (from its script's address, `…/js-sdk/1.2/…`; `unknown` in the simulator, whose stand-in has
 * none), the browser, and the last calls, which hold shapes only: no CRM value is in it.
 */
export function diagnosticsReport(): string {
  const sdk = /\/js-sdk\/([\w.-]+)\//.exec(
    document.querySelector<HTMLScriptElement>('script[src*="/js-sdk/"]')?.src ?? '',
  );
  return JSON.stringify(
    {
      widget: version,
      sdk: sdk?.[1] ?? 'unknown',
      browser: navigator.userAgent,
      calls: shapedCalls(diagnosticsCalls()),
    },
    null,
    1,
  );
}
