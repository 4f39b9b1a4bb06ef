import { describe, expect, it, vi } from 'vitest';
import { routeCall, type HostUi } from '../../../crm-sim/crm/crm-calls.ts';
import { CrmStore } from '../../../crm-sim/crm/crm-store.ts';
import type { CrmEventData } from '../../../crm-sim/protocol.ts';
import { IDS } from '../../../crm-sim/seed/crm-data.ts';

const ui = (): HostUi => ({ resize: vi.fn(), close: vi.fn(), openRecord: vi.fn() });
const ask = (data: Record<string, unknown>) => routeCall({ sdkVersion: '1.2', ...data } as CrmEventData);

describe('routeCall', () => {
  it.each([
    [{ category: 'BLUEPRINT', action: 'GET_BLUEPRINT_STATUS', Entity: 'Leads', RecordID: '1' }, 'getBluePrint'],
    [
      { category: 'BLUEPRINT', action: 'UPDATE_BLUEPRINT_STATUS', Entity: 'Leads', RecordID: '1', BlueprintData: {} },
      'updateBluePrint',
    ],
    [{ category: 'READ', APIData: { Entity: 'Leads', RecordID: '1' } }, 'getRecord'],
    [{ category: 'META', type: 'FIELD_LIST', Entity: 'Leads' }, 'getFields'],
    [{ category: 'META', type: 'MODULE_LIST' }, 'getModules'],
    [{ category: 'CONFIG', type: 'CURRENT_USER' }, 'getCurrentUser'],
    [{ category: 'CONFIG', type: 'ORG' }, 'getOrgInfo'],
    [{ category: 'CONFIG', type: 'VARIABLE', nameSpace: 'x__y' }, 'getOrgVariable'],
    [{ category: 'SEARCH', Entity: 'Accounts', Type: 'word', Query: 'north' }, 'searchRecord'],
    [{ category: 'USER', Type: 'ActiveUsers' }, 'getAllUsers'],
    [{ category: 'FILES', type: 'UPLOAD_FILE', FileData: {} }, 'uploadFile'],
    [{ category: 'CONNECTOR', nameSpace: 'crm.set', data: {} }, 'invokeAPI'],
    [{ category: 'UI', action: 'RESIZE', data: { width: 1, height: 1 } }, 'Resize'],
    [{ category: 'UI', action: { popup: 'CLOSE' } }, 'Popup.close'],
    [{ category: 'UI', action: { popup: 'CLOSE_RELOAD' } }, 'Popup.closeReload'],
    [{ category: 'UI', action: { record: 'OPEN' }, data: {} }, 'Record.open'],
  ])('names %j as %s', (data, name) => {
    expect(ask(data).name).toBe(name);
  });

  it('rejects a call it does not know instead of leaving it unanswered', () => {
    expect(ask({ category: 'APPROVALS' }).answer(new CrmStore(), ui())).toMatchObject({
      settle: 'reject',
      data: { status: 'error' },
    });
  });

  it('resolves a failed update with the error body and rejects a failed read', () => {
    const store = new CrmStore();
    const update = ask({
      category: 'BLUEPRINT',
      action: 'UPDATE_BLUEPRINT_STATUS',
      Entity: 'Leads',
      RecordID: IDS.lockedLead,
      BlueprintData: {},
    });
    expect(update.answer(store, ui())).toMatchObject({
      settle: 'resolve',
      data: { code: 'RECORD_LOCKED', status: 'error' },
    });
    const read = ask({
      category: 'BLUEPRINT',
      action: 'GET_BLUEPRINT_STATUS',
      Entity: 'Leads',
      RecordID: IDS.noBlueprintErrorLead,
    });
    expect(read.answer(store, ui())).toMatchObject({ settle: 'reject', data: { code: 'RECORD_NOT_IN_PROCESS' } });
  });

  it('stores a variable written through crm.set and reads it back with getOrgVariable', () => {
    const store = new CrmStore();
    expect(
      ask({ category: 'CONFIG', type: 'VARIABLE', nameSpace: 'bps__settings' }).answer(store, ui()).data,
    ).not.toHaveProperty('Success');
    ask({
      category: 'CONNECTOR',
      nameSpace: 'crm.set',
      data: { apiname: 'bps__settings', value: '{"compact":true}' },
    }).answer(store, ui());
    expect(ask({ category: 'CONFIG', type: 'VARIABLE', nameSpace: 'bps__settings' }).answer(store, ui()).data).toEqual({
      Success: { Content: '{"compact":true}' },
    });
  });

  it('lists fields for every module the org has, so the settings page can read each', () => {
    const store = new CrmStore();
    for (const m of store.modules)
      expect(ask({ category: 'META', type: 'FIELD_LIST', Entity: m.api_name }).answer(store, ui()).settle).toBe(
        'resolve',
      );
  });

  it('hands UI calls to the host and resolves them with true', () => {
    const host = ui();
    expect(
      ask({ category: 'UI', action: 'RESIZE', data: { width: 600, height: 400 } }).answer(new CrmStore(), host),
    ).toEqual({ settle: 'resolve', data: true });
    expect(host.resize).toHaveBeenCalledWith({ width: 600, height: 400 });
    ask({ category: 'UI', action: { popup: 'CLOSE_RELOAD' } }).answer(new CrmStore(), host);
    expect(host.close).toHaveBeenCalledWith(true);
  });
});

describe('updateRecord in the simulated CRM', () => {
  const update = (store: CrmStore, module: string, APIData: Record<string, unknown>) =>
    ask({ category: 'UPDATE', Entity: module, APIData }).answer(store, ui());

  it('is named updateRecord and stores a field outside the blueprint, answering as Update Records does', () => {
    const store = new CrmStore();
    const answer = update(store, 'Deals', { id: IDS.qualificationDeal, Next_Step: 'Call on Monday' });
    expect(ask({ category: 'UPDATE', Entity: 'Deals', APIData: {} }).name).toBe('updateRecord');
    expect(answer).toMatchObject({
      settle: 'resolve',
      data: { data: [{ code: 'SUCCESS', message: 'record updated', details: { id: IDS.qualificationDeal } }] },
    });
    expect(store.record('Deals', IDS.qualificationDeal)?.values.Next_Step).toBe('Call on Monday');
  });

  it('refuses a field a transition of the stage asks for, the process field, a read-only field, and a locked record', () => {
    const store = new CrmStore();
    const codeOf = (module: string, data: Record<string, unknown>) =>
      (update(store, module, data).data as { data: { code: string; details: Record<string, unknown> }[] }).data[0];
    expect(codeOf('Deals', { id: IDS.qualificationDeal, Pain_Points: 'Slow' })).toMatchObject({
      code: 'RECORD_IN_BLUEPRINT',
      details: { api_name: 'Pain_Points' },
    });
    expect(codeOf('Deals', { id: IDS.qualificationDeal, Stage: 'Closed Won' })?.code).toBe('RECORD_IN_BLUEPRINT');
    expect(codeOf('Deals', { id: IDS.qualificationDeal, Deal_Number: 'D-1' })).toMatchObject({
      code: 'INVALID_DATA',
      details: { api_name: 'Deal_Number' },
    });
    expect(codeOf('Deals', { id: IDS.lockedDeal, Amount: 1 })?.code).toBe('RECORD_LOCKED');
    expect(store.record('Deals', IDS.qualificationDeal)?.values.Pain_Points).toBeUndefined();
  });
});
