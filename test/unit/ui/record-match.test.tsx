import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CrmFailure } from '../../../src/crm/crm-error.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import type { RecordRef } from '../../../src/crm/crm-client.ts';
import { BulkApp } from '../../../src/ui/bulk/bulk-app.tsx';
import en from '../../../src/translations/en.json';
import { App } from '../../../src/ui/app.tsx';
import { appProps } from './app-props.ts';
import { loadLazyCode } from './lazy-code.ts';
import { fakeWire, leadPage } from '../fake-wire.ts';

/*
 * Issue 21 section 3 item 5: every per-record answer is matched to the record asked for. Of the answers about one
 * record, getRecord's names its record (`data[0].id`); the blueprint answer and the stage history do not
 * (docs/blueprint-api.md, "Which record an answer is about"). An answer about another record is an error the rep
 * sees, with Details, never that record's name or values shown as this one's.
 */

beforeAll(loadLazyCode, 60_000);
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** getRecord answering for record 999 whatever was asked. */
const anotherRecord = async () => ({ data: [{ id: '999', Full_Name: 'Someone Else' }] });

describe('an answer about another record', () => {
  it('is refused by the client, naming both records', async () => {
    const client = decodingClient(fakeWire({ getRecord: anotherRecord }));
    const failure = await client.getRecord(leadPage.record).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(failure).toBeInstanceOf(CrmFailure);
    expect((failure as CrmFailure).error).toEqual({
      kind: 'wrong-record',
      call: 'getRecord',
      asked: '301',
      answered: '999',
    });
    // The record asked for is read as before.
    expect((await decodingClient(fakeWire()).getRecord(leadPage.record)).name).toBe('Ava Brooks');
  });

  it("is shown to the rep as an error with Details, never as this record's name", async () => {
    render(
      <App
        client={decodingClient(fakeWire({ getRecord: anotherRecord }))}
        page={Promise.resolve(leadPage)}
        {...appProps()}
      />,
    );
    expect(await screen.findByText('Zoho CRM answered about another record.')).toBeTruthy();
    expect(screen.getByText('Try again; if it keeps happening, tell your administrator.')).toBeTruthy();
    expect(screen.queryByText('Someone Else')).toBeNull();
    expect(screen.queryByRole('button', { name: /establish contact/i })).toBeNull();
    const details = screen.getByText('Details').closest('details')!;
    fireEvent.click(screen.getByText('Details'));
    expect(details.textContent).toContain('Call: getRecord');
    expect(details.textContent).toContain('Error: record 999, asked for 301');
  });

  it('keeps what the rep typed: a retry that reads the right record brings the form back with it', async () => {
    render(<App client={decodingClient(fakeWire())} page={Promise.resolve(leadPage)} {...appProps()} />);
    fireEvent.click(await screen.findByRole('button', { name: /establish contact/i }));
    let form = await screen.findByRole('form', { name: 'Establish contact' });
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Half a thought' } });
    cleanup();
    let calls = 0;
    const wire = fakeWire({
      getRecord: async () => {
        calls += 1;
        return { data: [{ id: calls === 1 ? '999' : '301', Full_Name: calls === 1 ? 'Someone Else' : 'Ava Brooks' }] };
      },
    });
    render(<App client={decodingClient(wire)} page={Promise.resolve(leadPage)} {...appProps()} />);
    await screen.findByText('Zoho CRM answered about another record.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    form = await screen.findByRole('form', { name: 'Establish contact' });
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Half a thought');
  });

  it('marks the record as failed in bulk mode, with the error, not loaded under the other name', async () => {
    const wire = fakeWire({
      getRecord: async (ref: RecordRef) =>
        ref.recordId === 'b' ? anotherRecord() : { data: [{ id: ref.recordId, Full_Name: 'Lead A' }] },
    });
    render(
      <BulkApp
        client={decodingClient(wire)}
        ctx={{ record: { entity: 'Leads', recordId: 'a' }, recordIds: ['a', 'b'], buttonPosition: 'ListView' }}
        loadMessages={async () => ({ locale: 'en', messages: en as Record<string, string> })}
        initialLocale="en-US"
      />,
    );
    const apart = await screen.findByRole('region', { name: '1 record not included' });
    expect(within(apart).getByText('could not be loaded.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Establish contact · 1 of 2/ })).toBeTruthy();
    expect(screen.queryByText('Someone Else')).toBeNull();
  });
});
