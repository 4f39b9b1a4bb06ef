import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';
import { describeError } from '../../../src/ui/describe-error.ts';
import { logCalls, type CallRecord } from '../../../src/crm/call-log.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { withDiagnostics } from '../../../src/ui/diagnostics.ts';
import { TranslateContext } from '../../../src/ui/i18n-context.ts';
import { ProblemPanel } from '../../../src/ui/problem-panel.tsx';
import record from '../../fixtures/zoho-sample-record.json';
import { crmFailure, fakeWire, leadPage } from '../fake-wire.ts';

afterEach(() => {
  cleanup();
  // The clipboard a test gave the browser (jsdom has none), taken away even when the test fails half-way.
  delete (navigator as { clipboard?: unknown }).clipboard;
});

const admin = {
  users: [
    {
      id: '4876876000000225013',
      full_name: 'Patricia Boyle',
      email: 'patricia.boyle@zylker.example',
      profile: { name: 'Administrator', id: '4876876000000026011' },
    },
  ],
};
const rep = {
  users: [
    { id: '4876876000000225099', full_name: 'Sam Rep', profile: { name: 'Standard', id: '4876876000000026014' } },
  ],
};

function renderPanel() {
  render(
    <TranslateContext.Provider value={createTranslator('en', en, {})}>
      <ProblemPanel
        text={describeError({ kind: 'timeout', call: 'getBluePrint', afterMs: 15000 })}
        onRetry={() => undefined}
      />
    </TranslateContext.Provider>,
  );
  return screen.getByRole('alert');
}

function clipboard(): { text: string } {
  const got = { text: '' };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text: string) => void (got.text = text) },
  });
  return got;
}

describe('Copy diagnostics', () => {
  it('is offered to an administrator, and copies versions, browser and the calls without a CRM value', async () => {
    const log: CallRecord[] = [];
    const wire = logCalls(
      fakeWire({
        getCurrentUser: async () => admin,
        getRecord: async () => record,
        getBlueprint: () => crmFailure({ kind: 'timeout', call: 'getBluePrint', afterMs: 15000 }),
      }),
      log,
    );
    const client = withDiagnostics(decodingClient(wire), log);
    await Promise.allSettled([
      client.getBlueprint(leadPage.record),
      client.getRecord(leadPage.record),
      client.getCurrentUser(),
    ]);
    const got = clipboard();
    const panel = renderPanel();
    fireEvent.click(await within(panel).findByRole('button', { name: 'Copy diagnostics' }));
    await within(panel).findByText('Copied');
    const report = JSON.parse(got.text) as Record<string, unknown>;
    expect(report).toMatchObject({
      widget: expect.stringMatching(/^\d+\.\d+\.\d+/),
      sdk: 'unknown',
      browser: navigator.userAgent,
    });
    expect(report.calls).toMatchObject([
      { method: 'getBlueprint', outcome: 'timeout' },
      { method: 'getRecord', outcome: 'ok' },
      { method: 'getCurrentUser', outcome: 'ok' },
    ]);
    for (const value of [
      'Patricia Boyle',
      'patricia.boyle@zylker.example',
      'Maya Okonkwo-Lindqvist',
      '4876876000000400123',
      '1250000.75',
      '301',
    ])
      expect(got.text).not.toContain(value);
  });

  it('is not offered to a rep', async () => {
    const client = withDiagnostics(decodingClient(fakeWire({ getCurrentUser: async () => rep })), []);
    await client.getCurrentUser();
    const panel = renderPanel();
    await new Promise((r) => setTimeout(r, 20));
    expect(within(panel).queryByRole('button', { name: 'Copy diagnostics' })).toBeNull();
  });

  it('asks who the user is once when the page has not (the settings page)', async () => {
    const crm = fakeWire({ getCurrentUser: async () => admin });
    withDiagnostics(decodingClient(crm), []);
    renderPanel();
    await screen.findByRole('button', { name: 'Copy diagnostics' });
    cleanup();
    renderPanel();
    await screen.findByRole('button', { name: 'Copy diagnostics' });
    expect(crm.getCurrentUser).toHaveBeenCalledTimes(1);
  });

  it('shows the report selected for copying by hand when the browser refuses to copy', async () => {
    withDiagnostics(decodingClient(fakeWire({ getCurrentUser: async () => admin })), []);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('denied')) },
    });
    const panel = renderPanel();
    fireEvent.click(await within(panel).findByRole('button', { name: 'Copy diagnostics' }));
    const box = (await within(panel).findByRole('textbox', { name: /copy this text yourself/ })) as HTMLTextAreaElement;
    expect(JSON.parse(box.value)).toMatchObject({ calls: expect.any(Array) });
  });
});
