import { render } from '@testing-library/preact';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { App } from '../../../src/ui/app.tsx';
import { appProps } from './app-props.ts';
import { fakeWire, leadPage } from '../fake-wire.ts';

/**
 * The App on the fake CRM's lead page, as the widget renders it: `wire` answers its calls, decoded as the SDK's
 * are; `props` replace the usual ones (app-props.ts: drafts in session storage, the English texts). Returns the
 * wire, whose calls the test reads.
 */
export function renderApp(wire = fakeWire(), props: Partial<ReturnType<typeof appProps>> = {}) {
  render(<App client={decodingClient(wire)} page={Promise.resolve(leadPage)} {...appProps()} {...props} />);
  return wire;
}
