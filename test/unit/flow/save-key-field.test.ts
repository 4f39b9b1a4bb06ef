import { describe, expect, it } from 'vitest';
import { connectToZoho } from '../../../src/crm/zoho-crm-client.ts';
import { saveKeyField } from '../../../src/flow/save-key-field.ts';
import { fakeZohoSdk } from '../crm/fake-zoho-sdk.ts';
import { field, kolkata } from '../fields/field-factory.ts';

const ref = { entity: 'Deals', recordId: '520001' };
const SUCCESS = {
  data: [{ code: 'SUCCESS', details: { id: '520001' }, message: 'record updated', status: 'success' }],
};

/** The client over Zoho's SDK (a fake), as the widget builds it: `updateRecord` answers as given. */
function client(updateRecord: () => Promise<unknown> = async () => SUCCESS, deadlineMs = 1000) {
  const sdk = fakeZohoSdk({ updateRecord });
  return { sdk, client: connectToZoho(sdk.win, deadlineMs).client };
}

describe('saving a key field', () => {
  it('sends that field alone, checked and encoded by its kind, with the record’s id', async () => {
    const { sdk, client: c } = client();
    const amount = field('currency', { apiName: 'Amount', decimalPlaces: 2 });
    expect(await saveKeyField(c, ref, amount, '1250.50', kolkata)).toEqual({ kind: 'saved' });
    expect(sdk.calls.filter((x) => x.name === 'updateRecord').map((x) => x.args)).toEqual([
      [{ Entity: 'Deals', APIData: { Amount: 1250.5, id: '520001' } }],
    ]);
  });

  it('clears an optional field left empty, and sends nothing for a required one', async () => {
    const { sdk, client: c } = client();
    expect(await saveKeyField(c, ref, field('text', { apiName: 'Next_Step' }), '  ', kolkata)).toEqual({
      kind: 'saved',
    });
    const required = field('text', { apiName: 'Deal_Name', label: 'Deal Name', required: true });
    const out = await saveKeyField(c, ref, required, '', kolkata);
    expect(out).toMatchObject({ kind: 'invalid', problem: { key: 'check.required' } });
    expect(sdk.calls.filter((x) => x.name === 'updateRecord').map((x) => x.args)).toEqual([
      [{ Entity: 'Deals', APIData: { Next_Step: null, id: '520001' } }],
    ]);
  });

  it('reads a refusal inside the answer (`data[0]`) as the CRM’s, with its code', async () => {
    const { client: c } = client(async () => ({
      data: [
        { code: 'RECORD_IN_BLUEPRINT', details: { api_name: 'Pain_Points' }, message: 'in blueprint', status: 'error' },
      ],
    }));
    const out = await saveKeyField(c, ref, field('textarea', { apiName: 'Pain_Points' }), 'Slow reports', kolkata);
    expect(out).toMatchObject({
      kind: 'failed',
      error: { kind: 'api', code: 'RECORD_IN_BLUEPRINT', fieldApiName: 'Pain_Points' },
    });
  });

  it('past the deadline, says it has no answer yet and settles by the late answer, sent once', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const { sdk, client: c } = client(() => new Promise((resolve) => (answer = resolve)), 20);
    const out = await saveKeyField(c, ref, field('text', { apiName: 'Next_Step' }), 'Call back', kolkata);
    expect(out.kind).toBe('unanswered');
    answer(SUCCESS);
    expect(await (out.kind === 'unanswered' && out.late)).toEqual({ kind: 'saved' });
    expect(sdk.calls.filter((x) => x.name === 'updateRecord')).toHaveLength(1);
  });
});
