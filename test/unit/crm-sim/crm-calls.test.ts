import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { routeCall, type HostUi } from '../../crm-sim/crm-calls.ts';
import { IDS } from '../../crm-sim/crm-data.ts';
import { CrmStore } from '../../crm-sim/crm-store.ts';
import { readHostParams } from '../../crm-sim/host-params.ts';
import type { CrmEventData } from '../../crm-sim/protocol.ts';
import { failureAnswer, SimSettings } from '../../crm-sim/sim-settings.ts';
import { SDK_PAGES, STANDIN_TAG, swapSdkTag, ZOHO_SDK_TAG } from '../../crm-sim/vite-plugin.ts';

const ui = (): HostUi => ({ resize: vi.fn(), close: vi.fn(), openRecord: vi.fn() });
const ask = (data: Record<string, unknown>) => routeCall({ sdkVersion: '1.2', ...data } as CrmEventData);

describe('routeCall', () => {
  it.each([
    [{ category: 'BLUEPRINT', action: 'GET_BLUEPRINT_STATUS', Entity: 'Leads', RecordID: '1' }, 'getBluePrint'],
    [{ category: 'BLUEPRINT', action: 'UPDATE_BLUEPRINT_STATUS', Entity: 'Leads', RecordID: '1', BlueprintData: {} }, 'updateBluePrint'],
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
    expect(ask({ category: 'APPROVALS' }).answer(new CrmStore(), ui())).toMatchObject({ settle: 'reject', data: { status: 'error' } });
  });

  it('resolves a failed update with the error body and rejects a failed read', () => {
    const store = new CrmStore();
    const update = ask({ category: 'BLUEPRINT', action: 'UPDATE_BLUEPRINT_STATUS', Entity: 'Leads', RecordID: IDS.lockedLead, BlueprintData: {} });
    expect(update.answer(store, ui())).toMatchObject({ settle: 'resolve', data: { code: 'RECORD_LOCKED', status: 'error' } });
    const read = ask({ category: 'BLUEPRINT', action: 'GET_BLUEPRINT_STATUS', Entity: 'Leads', RecordID: IDS.noBlueprintErrorLead });
    expect(read.answer(store, ui())).toMatchObject({ settle: 'reject', data: { code: 'RECORD_NOT_IN_PROCESS' } });
  });

  it('stores a variable written through crm.set and reads it back with getOrgVariable', () => {
    const store = new CrmStore();
    expect(ask({ category: 'CONFIG', type: 'VARIABLE', nameSpace: 'bps__settings' }).answer(store, ui()).data).not.toHaveProperty('Success');
    ask({ category: 'CONNECTOR', nameSpace: 'crm.set', data: { apiname: 'bps__settings', value: '{"compact":true}' } }).answer(store, ui());
    expect(ask({ category: 'CONFIG', type: 'VARIABLE', nameSpace: 'bps__settings' }).answer(store, ui()).data).toEqual({ Success: { Content: '{"compact":true}' } });
  });

  it('lists fields for every module the org has, so the settings page can read each', () => {
    const store = new CrmStore();
    for (const m of store.modules) expect(ask({ category: 'META', type: 'FIELD_LIST', Entity: m.api_name }).answer(store, ui()).settle).toBe('resolve');
  });

  it('hands UI calls to the host and resolves them with true', () => {
    const host = ui();
    expect(ask({ category: 'UI', action: 'RESIZE', data: { width: 600, height: 400 } }).answer(new CrmStore(), host)).toEqual({ settle: 'resolve', data: true });
    expect(host.resize).toHaveBeenCalledWith({ width: 600, height: 400 });
    ask({ category: 'UI', action: { popup: 'CLOSE_RELOAD' } }).answer(new CrmStore(), host);
    expect(host.close).toHaveBeenCalledWith(true);
  });
});

describe('failure injection', () => {
  it('applies a failure to its call the given number of times, then lets calls through', () => {
    const settings = new SimSettings();
    settings.setFailure({ code: 'RECORD_LOCKED', on: 'updateBluePrint', times: 1 });
    expect(settings.takeFailure('getBluePrint')).toBeNull();
    expect(settings.takeFailure('updateBluePrint')).toBe('RECORD_LOCKED');
    expect(settings.takeFailure('updateBluePrint')).toBeNull();
  });

  it('answers nothing for TIMEOUT, a bare rejection for SDK_REJECT, and API errors resolved only for updates', () => {
    expect(failureAnswer('TIMEOUT', 'getBluePrint')).toBeNull();
    expect(failureAnswer('SDK_REJECT', 'updateBluePrint')).toMatchObject({ settle: 'reject', data: expect.any(String) });
    expect(failureAnswer('RECORD_LOCKED', 'updateBluePrint')).toMatchObject({ settle: 'resolve', data: { code: 'RECORD_LOCKED', details: {}, status: 'error' } });
    expect(failureAnswer('INTERNAL_ERROR', 'getFields')).toMatchObject({ settle: 'reject', data: { code: 'INTERNAL_ERROR' } });
  });
});

describe('host URL parameters', () => {
  it('defaults to a realistic latency, failures on updateBluePrint, unlimited times and the live widget', () => {
    expect(readHostParams('?fail=RECORD_LOCKED')).toMatchObject({ module: 'Leads', latencyMs: 250, failure: { code: 'RECORD_LOCKED', on: 'updateBluePrint', times: Infinity }, open: false, widgetPath: '/src/widget.html' });
  });

  it('reads every parameter', () => {
    expect(readHostParams('?module=Deals&record=42&latency=0&fail=TIMEOUT&failOn=getBluePrint&failTimes=2&open=1&widget=app&view=settings&settings=empty&deadline=800')).toEqual({
      module: 'Deals', recordId: '42', latencyMs: 0, failure: { code: 'TIMEOUT', on: 'getBluePrint', times: 2 }, open: true, widgetPath: '/app/widget.html',
      settingsPath: '/app/settings.html', view: 'settings', settingsSeed: '', deadline: '800',
    });
  });

  it('opens the record view with no settings variable by default, and the live settings page', () => {
    expect(readHostParams('')).toMatchObject({ view: 'record', settingsSeed: null, settingsPath: '/src/settings.html' });
  });

  it('seeds the settings variable with broken, newer or given JSON', () => {
    expect(() => JSON.parse(readHostParams('?settings=broken').settingsSeed ?? '')).toThrow();
    expect(JSON.parse(readHostParams('?settings=newer').settingsSeed ?? '')).toMatchObject({ version: 99 });
    const given = JSON.stringify({ version: 1, modules: { Deals: { enabled: false } } });
    expect(readHostParams(`?settings=${encodeURIComponent(given)}`).settingsSeed).toBe(given);
  });
});

describe('swapSdkTag', () => {
  it('puts the stand-in first in <head> in place of Zoho\'s SDK tag', () => {
    const html = `<html><head><meta charset="utf-8" />${ZOHO_SDK_TAG}<script type="module" src="./a.js"></script></head></html>`;
    const swapped = swapSdkTag(html);
    expect(swapped).not.toContain(ZOHO_SDK_TAG);
    expect(swapped.indexOf(STANDIN_TAG)).toBeLessThan(swapped.indexOf('./a.js'));
    expect(swapped.indexOf(STANDIN_TAG)).toBeGreaterThan(swapped.indexOf('<head>'));
  });

  it('applies to both of the widget\'s pages, whose SDK tag is exactly the one it swaps', () => {
    expect(SDK_PAGES).toEqual(['/src/widget.html', '/src/settings.html']);
    for (const page of SDK_PAGES) expect(readFileSync(page.slice(1), 'utf8')).toContain(ZOHO_SDK_TAG);
  });

  it('leaves a page without the SDK tag alone', () => {
    expect(swapSdkTag('<head></head>')).toBe('<head></head>');
  });
});
