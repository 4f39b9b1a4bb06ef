import { decodingClient } from '../../../../src/crm/decoding-client.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordRef } from '../../../../src/crm/crm-client.ts';
import { BulkApp } from '../../../../src/ui/bulk/bulk-app.tsx';
import en from '../../../../src/translations/en.json';
import blueprint from '../../../fixtures/lead-blueprint.json';
import { crmFailure, fakeWire } from '../../fake-wire.ts';

const ESTABLISH = '4876876000000342606';
const texts = {
  loadMessages: async () => ({ locale: 'en', messages: en as Record<string, string> }),
  initialLocale: 'en-US',
};
const ctx = { record: { entity: 'Leads', recordId: 'a' }, recordIds: ['a', 'b', 'c'], buttonPosition: 'ListView' };

/** Three leads: two share "Establish contact" with different owners; the third is in no blueprint. */
function client() {
  return fakeWire({
    getBlueprint: async (ref: RecordRef) => {
      if (ref.recordId === 'c')
        return crmFailure({
          kind: 'api',
          call: 'getBluePrint',
          code: 'RECORD_NOT_IN_PROCESS',
          message: 'no',
          fieldApiName: null,
          details: {},
        });
      const copy = structuredClone(blueprint);
      const establish = copy.blueprint.transitions.find((t) => t.id === ESTABLISH)!;
      if (ref.recordId === 'b') establish.data.Owner = { id: '1', name: 'Someone Else' };
      return copy;
    },
    getRecord: async (ref: RecordRef) => ({
      data: [{ id: ref.recordId, Full_Name: `Lead ${ref.recordId.toUpperCase()}` }],
    }),
  });
}

afterEach(cleanup);

describe('bulk mode', () => {
  it('offers the shared transitions with counts, lists the record in no blueprint apart, and flags differing values', async () => {
    render(<BulkApp client={decodingClient(client())} ctx={ctx} {...texts} />);
    const establish = await screen.findByRole('button', { name: 'Establish contact · 2 of 3' });
    expect(screen.getByRole('button', { name: 'Qualify · 0 of 3' })).toHaveProperty('disabled', true);
    // Names come after the choices, as background work.
    expect(
      await within(screen.getByRole('region', { name: '1 record not included' })).findByText('Lead C'),
    ).toBeTruthy();
    fireEvent.click(establish);
    const form = await screen.findByRole('form', { name: 'Establish contact' }, { timeout: 10_000 });
    const owner = within(form).getByText('Values differ: left empty');
    expect(owner.id).toContain('Owner');
    // A value the records share starts filled.
    expect((within(form).getByLabelText(/Call result/) as HTMLSelectElement).value).toBe('Voicemail');
  }, 20_000);

  it('asks before sending, sends once per record, and sums up', async () => {
    const crm = client();
    render(<BulkApp client={decodingClient(crm)} ctx={ctx} {...texts} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Establish contact · 2 of 3' }));
    const form = await screen.findByRole('form', { name: 'Establish contact' }, { timeout: 10_000 });
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/01/2026' } });
    fireEvent.submit(form);
    const send = await screen.findByRole('button', { name: 'Establish contact for 2 records' });
    expect(crm.updateBlueprint).not.toHaveBeenCalled();
    fireEvent.click(send);
    await screen.findByText('Moved 2 · failed 0 · not applicable 1', {}, { timeout: 10_000 });
    expect(crm.updateBlueprint.mock.calls.map((c) => (c[0] as RecordRef).recordId).sort()).toEqual(['a', 'b']);
  }, 20_000);

  it('names the limit for more than 200 records without loading any', async () => {
    const crm = client();
    const many = Array.from({ length: 250 }, (_, i) => String(i));
    render(<BulkApp client={decodingClient(crm)} ctx={{ ...ctx, recordIds: many }} {...texts} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      '250 records are selected: bulk mode takes up to 200 at once.',
    );
    expect(crm.getBlueprint).not.toHaveBeenCalled();
  });
});
