import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CrmError } from '../../../src/crm/crm-error.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';
import { describeError } from '../../../src/ui/describe-error.ts';
import { TranslateContext } from '../../../src/ui/i18n-context.ts';
import { ProblemPanel } from '../../../src/ui/problem-panel.tsx';

afterEach(cleanup);

function renderPanel(error: CrmError) {
  render(
    <TranslateContext.Provider value={createTranslator('en', en, {})}>
      <ProblemPanel text={describeError(error)} onRetry={() => undefined} />
    </TranslateContext.Provider>,
  );
  return screen.getByRole('alert');
}

/** What the rep reads without opening anything: the panel's text minus the body of its Details disclosure. */
function visibleText(panel: HTMLElement): string {
  const copy = panel.cloneNode(true) as HTMLElement;
  for (const details of copy.querySelectorAll('details')) {
    for (const child of [...details.children]) if (child.tagName !== 'SUMMARY') child.remove();
  }
  return copy.textContent ?? '';
}

/** How often `part` occurs in `text`. */
const count = (text: string, part: string) => text.split(part).length - 1;

const serverError: CrmError = {
  kind: 'api',
  call: 'getBluePrint',
  code: 'INTERNAL_SERVER_ERROR',
  message: 'INTERNAL_SERVER_ERROR',
  fieldApiName: null,
  details: {},
};

describe('an error panel', () => {
  it('says in plain words that the CRM did not answer, with the call and the wait only under Details', () => {
    const panel = renderPanel({ kind: 'timeout', call: 'getBluePrint', afterMs: 15000 });
    const seen = visibleText(panel);
    expect(seen).toMatch(/Zoho CRM is not answering\..*try again/i);
    expect(seen).not.toMatch(/getBluePrint|15 s|15000/);
    const details = within(panel).getByText('Details').closest('details')!;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('getBluePrint');
    expect(details.textContent).toMatch(/15 s/);
  });

  it('does not call a server error a refusal, and shows its code once, only under Details', () => {
    const panel = renderPanel(serverError);
    const seen = visibleText(panel);
    expect(seen).not.toMatch(/INTERNAL_SERVER_ERROR|getBluePrint/);
    expect(seen).not.toMatch(/refus/i);
    expect(seen).toMatch(/The CRM ran into a problem/);
    const details = panel.querySelector('details')!;
    expect(count(details.textContent ?? '', 'INTERNAL_SERVER_ERROR')).toBe(1);
    expect(count(details.textContent ?? '', 'getBluePrint')).toBe(1);
  });

  it("keeps the CRM's own message under Details, apart from its code", () => {
    const panel = renderPanel({
      kind: 'api',
      call: 'updateBluePrint',
      code: 'RECORD_LOCKED',
      message: 'record is locked by approval',
      fieldApiName: null,
      details: {},
    });
    expect(visibleText(panel)).not.toMatch(/RECORD_LOCKED|record is locked by approval|updateBluePrint/);
    const details = panel.querySelector('details')!;
    expect(details.textContent).toMatch(/^The CRM said: record is locked by approval$/m);
    expect(details.textContent).toMatch(/^Code: RECORD_LOCKED$/m);
  });

  it('gives the details as plain text lines, ready to paste into a ticket', () => {
    const panel = renderPanel(serverError);
    expect(panel.querySelector('details p')?.textContent).toBe('Call: getBluePrint\nCode: INTERNAL_SERVER_ERROR');
  });
});
