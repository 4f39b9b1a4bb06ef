import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrmFailure, type CrmError } from '../../../src/crm/crm-error.ts';
import { decodePageContext as readPageContext } from '../../../src/crm/decode/page-context.ts';
import {
  connectToZoho,
  connectToZohoWithoutRecord,
  deadlineFromSearch,
  DEFAULT_DEADLINE_MS,
} from '../../../src/crm/zoho-crm-client.ts';
import { fakeZohoSdk } from './fake-zoho-sdk.ts';

const fakeSdk = fakeZohoSdk;

async function failureOf(p: Promise<unknown>): Promise<CrmError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CrmFailure) return e.error;
    throw e;
  }
  throw new Error('expected a failure');
}

const ref = { entity: 'Leads', recordId: '301' };

afterEach(() => vi.useRealTimers());

describe('connectToZoho', () => {
  it('registers PageLoad before init, so the record arrives', async () => {
    const { win } = fakeSdk();
    const { page } = connectToZoho(win, 1000);
    await expect(page).resolves.toEqual({ record: { entity: 'Leads', recordId: '301' }, buttonPosition: 'DetailView' });
  });

  it('fails clearly when the SDK script is not on the page', async () => {
    const { page, client } = connectToZoho({} as Window, 1000);
    expect(await failureOf(page)).toEqual({ kind: 'sdk-missing' });
    expect(await failureOf(client.getBlueprint(ref))).toEqual({ kind: 'sdk-missing' });
  });

  it('fails with a timeout when the CRM never sends PageLoad', async () => {
    const { win } = fakeSdk();
    (win as unknown as { ZOHO: { embeddedApp: { init: () => Promise<void> } } }).ZOHO.embeddedApp.init = () =>
      new Promise(() => undefined);
    const { page } = connectToZoho(win, 30);
    expect(await failureOf(page)).toMatchObject({ kind: 'timeout' });
  });

  it('sends getBluePrint with a capital P and the record', async () => {
    const { win, calls } = fakeSdk({ getBluePrint: async () => ({}) });
    await connectToZoho(win, 1000).client.getBlueprint(ref);
    expect(calls).toEqual([{ name: 'getBluePrint', args: [{ Entity: 'Leads', RecordID: '301' }] }]);
  });

  it('sends the REST body as BlueprintData', async () => {
    const { win, calls } = fakeSdk({
      updateBluePrint: async () => ({
        code: 'SUCCESS',
        details: {},
        message: 'transition updated successfully',
        status: 'success',
      }),
    });
    const outcome = await connectToZoho(win, 1000).client.updateBlueprint(ref, '77', { Call_Result: 'reached' });
    expect(outcome).toEqual({ result: 'done', message: 'transition updated successfully' });
    expect(calls[0]!.args[0]).toEqual({
      Entity: 'Leads',
      RecordID: '301',
      BlueprintData: { blueprint: [{ transition_id: '77', data: { Call_Result: 'reached' } }] },
    });
  });

  it('reads a partial save and the newer wrapped answer', async () => {
    const { win } = fakeSdk({
      updateBluePrint: async () => ({
        blueprint: [{ code: 'SUCCESS', details: {}, message: 'transition saved partially', status: 'success' }],
      }),
    });
    expect(await connectToZoho(win, 1000).client.updateBlueprint(ref, '77', {})).toEqual({
      result: 'partial',
      message: 'transition saved partially',
    });
  });

  it('turns an error the SDK resolved with into a typed failure naming the field', async () => {
    const { win } = fakeSdk({
      updateBluePrint: async () => ({
        code: 'MANDATORY_NOT_FOUND',
        details: { api_name: 'Call_Result' },
        message: 'required field not found',
        status: 'error',
      }),
    });
    expect(await failureOf(connectToZoho(win, 1000).client.updateBlueprint(ref, '77', {}))).toEqual({
      kind: 'api',
      call: 'updateBluePrint',
      code: 'MANDATORY_NOT_FOUND',
      message: 'required field not found',
      fieldApiName: 'Call_Result',
      details: { api_name: 'Call_Result' },
    });
  });

  it('turns an error the SDK rejected with, as an object or a JSON string, into the same failure', async () => {
    const body = { code: 'RECORD_LOCKED', details: {}, message: 'locked', status: 'error' };
    for (const reject of [body, JSON.stringify(body)]) {
      const { win } = fakeSdk({ getBluePrint: () => Promise.reject(reject) });
      expect(await failureOf(connectToZoho(win, 1000).client.getBlueprint(ref))).toMatchObject({
        kind: 'api',
        code: 'RECORD_LOCKED',
      });
    }
  });

  it('turns a thrown error or an unreadable rejection into an unexpected failure', async () => {
    const { win } = fakeSdk({
      getFields: () => Promise.reject(undefined),
      getRecord: () => {
        throw new TypeError('boom');
      },
    });
    const client = connectToZoho(win, 1000).client;
    expect(await failureOf(client.getFields('Leads'))).toMatchObject({ kind: 'unexpected', call: 'getFields' });
    expect(await failureOf(client.getRecord(ref))).toMatchObject({ kind: 'unexpected', message: 'boom' });
  });

  it('puts a deadline on a call the CRM never answers', async () => {
    const { win } = fakeSdk({ getBluePrint: () => new Promise(() => undefined) });
    expect(await failureOf(connectToZoho(win, 25).client.getBlueprint(ref))).toEqual({
      kind: 'timeout',
      call: 'getBluePrint',
      afterMs: 25,
    });
  });

  it('stops waiting when the caller aborts', async () => {
    const { win } = fakeSdk({ getBluePrint: () => new Promise(() => undefined) });
    const controller = new AbortController();
    const pending = connectToZoho(win, 10_000).client.getBlueprint(ref, { signal: controller.signal });
    controller.abort(new Error('left'));
    await expect(pending).rejects.toThrow('left');
  });
});

describe('connectToZohoWithoutRecord (the settings page)', () => {
  it('is ready at a PageLoad that names no record', async () => {
    const { win } = fakeSdk({}, {});
    await expect(connectToZohoWithoutRecord(win, 1000).page).resolves.toBeUndefined();
    await expect(failureOf(connectToZoho(fakeSdk({}, {}).win, 1000).page)).resolves.toEqual({
      kind: 'no-record',
      entity: null,
    });
  });

  it('is ready once init resolves, when the CRM sends no PageLoad at all', async () => {
    const { win } = fakeSdk();
    (win as unknown as { ZOHO: { embeddedApp: { init: () => Promise<void> } } }).ZOHO.embeddedApp.init = () =>
      Promise.resolve();
    await expect(connectToZohoWithoutRecord(win, 1000).page).resolves.toBeUndefined();
  });

  it('fails with a timeout when the CRM never answers init', async () => {
    const { win } = fakeSdk();
    (win as unknown as { ZOHO: { embeddedApp: { init: () => Promise<void> } } }).ZOHO.embeddedApp.init = () =>
      new Promise(() => undefined);
    expect(await failureOf(connectToZohoWithoutRecord(win, 30).page)).toMatchObject({ kind: 'timeout' });
  });
});

describe('deadlineFromSearch', () => {
  it('takes a positive deadline from the URL and the default otherwise', () => {
    expect(deadlineFromSearch('?serviceOrigin=x&deadline=800')).toBe(800);
    for (const search of ['', '?deadline=0', '?deadline=-5', '?deadline=soon'])
      expect(deadlineFromSearch(search)).toBe(DEFAULT_DEADLINE_MS);
  });
});

describe('the other calls', () => {
  it('searches by word, lists active users, uploads a file as multipart and writes a variable through crm.set', async () => {
    const { win, calls } = fakeSdk({
      uploadFile: async () => ({ data: [{ code: 'SUCCESS', details: { id: 'file-1' }, status: 'success' }] }),
    });
    const client = connectToZoho(win, 1000).client;
    const file = new File(['hello'], 'quote.pdf');
    await client.searchRecords('Accounts', 'north');
    await client.getUsers();
    await client.uploadFile(file);
    await client.writeSettings('{"version":1}');
    await client.closePopup(true);
    expect(calls.map((c) => c.name)).toEqual([
      'searchRecord',
      'getAllUsers',
      'uploadFile',
      'invokeAPI',
      'Popup.closeReload',
    ]);
    expect(calls[0]!.args[0]).toEqual({ Entity: 'Accounts', Type: 'word', Query: 'north', page: 1, per_page: 20 });
    expect(calls[1]!.args[0]).toEqual({ Type: 'ActiveUsers', page: 1, per_page: 200 });
    expect(calls[2]!.args[0]).toMatchObject({ CONTENT_TYPE: 'multipart', FILE: { fileParam: 'content', file } });
    expect(calls[3]!.args).toEqual(['crm.set', { apiname: 'bpstepper__settings', value: '{"version":1}' }]);
  });
});

describe('readPageContext', () => {
  it('accepts EntityId as an array or a string, and numbers', () => {
    expect(readPageContext({ Entity: 'Deals', EntityId: '55' }).record).toEqual({ entity: 'Deals', recordId: '55' });
    expect(readPageContext({ Entity: 'Deals', EntityId: [56] }).record).toEqual({ entity: 'Deals', recordId: '56' });
  });

  it('refuses a context with no record', () => {
    for (const data of [
      { Entity: 'Deals', EntityId: [] },
      { Entity: 'Deals', EntityId: '' },
      { EntityId: ['1'] },
      null,
    ]) {
      expect(() => readPageContext(data)).toThrow(CrmFailure);
    }
  });
});
