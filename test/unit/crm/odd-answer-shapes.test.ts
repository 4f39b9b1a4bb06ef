import { describe, expect, it } from 'vitest';
import { CrmFailure, type CrmError } from '../../../src/crm/crm-error.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { fakeWire } from '../fake-wire.ts';

const ref = { entity: 'Leads', recordId: '301' };
const success = { code: 'SUCCESS', status: 'success', message: 'transition updated successfully' };
const refusal = {
  code: 'RECORD_LOCKED',
  details: {},
  message: 'the record is locked by an approval',
  status: 'error',
};

async function failureOf(p: Promise<unknown>): Promise<CrmError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CrmFailure) return e.error;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('answers in odd shapes (issue 9 item 13)', () => {
  it('takes a success answer sent as a JSON string, once or twice encoded, as the transition done', async () => {
    for (const answer of [
      JSON.stringify(success),
      JSON.stringify(JSON.stringify(success)),
      JSON.stringify({ blueprint: [success] }),
    ]) {
      const client = decodingClient(fakeWire({ updateBlueprint: async () => answer }));
      await expect(client.updateBlueprint(ref, '77', {})).resolves.toEqual({
        result: 'done',
        message: 'transition updated successfully',
      });
    }
  });

  it('reads a double-encoded error as the CRM code it carries, not as raw JSON', async () => {
    const { toCrmError, readApiError } = await import('../../../src/crm/crm-error.ts');
    const twice = JSON.stringify(JSON.stringify(refusal));
    for (const error of [toCrmError('updateBluePrint', twice), readApiError('updateBluePrint', twice)]) {
      expect(error).toEqual({
        kind: 'api',
        call: 'updateBluePrint',
        code: 'RECORD_LOCKED',
        message: 'the record is locked by an approval',
        fieldApiName: null,
        details: {},
      });
    }
  });

  it('reads an error body wrapped in a string inside its wrapper', async () => {
    const { readApiError } = await import('../../../src/crm/crm-error.ts');
    expect(readApiError('updateBluePrint', { data: [JSON.stringify(refusal)] })).toMatchObject({
      kind: 'api',
      code: 'RECORD_LOCKED',
    });
  });

  it('still reports an answer that confirms nothing as not confirmed', async () => {
    const client = decodingClient(fakeWire({ updateBlueprint: async () => '"just words"' }));
    expect(await failureOf(client.updateBlueprint(ref, '77', {}))).toMatchObject({
      kind: 'unexpected',
      message: 'The CRM did not confirm the transition.',
    });
  });
});
