import { describe, expect, it } from 'vitest';
import { readHostParams, widgetOrigin } from '../../../crm-sim/host/url-params.ts';

describe('host URL parameters', () => {
  it('defaults to a realistic latency, failures on updateBluePrint, unlimited times and the live widget', () => {
    expect(readHostParams('?fail=RECORD_LOCKED')).toMatchObject({
      module: 'Leads',
      latencyMs: 250,
      failure: { code: 'RECORD_LOCKED', on: 'updateBluePrint', times: Infinity },
      open: false,
      widgetPath: '/src/widget.html',
    });
  });

  it('reads every parameter', () => {
    expect(
      readHostParams(
        '?module=Deals&record=42&latency=0&fail=TIMEOUT&failOn=getBluePrint&failTimes=2&open=1&widget=app&view=settings&settings=empty&deadline=800&widgetSite=same&bigFields=160&locale=ar_EG&connection=none',
      ),
    ).toEqual({
      module: 'Deals',
      recordId: '42',
      latencyMs: 0,
      failure: { code: 'TIMEOUT', on: 'getBluePrint', times: 2 },
      open: true,
      widgetPath: '/app/widget.html',
      settingsPath: '/app/settings.html',
      view: 'settings',
      settingsSeed: '',
      deadline: '800',
      widgetSite: 'same',
      bigFields: 160,
      userLocale: 'ar_EG',
      connection: false,
    });
  });

  it("takes the user's locale as Zoho writes it, and nothing that could not be one", () => {
    expect(readHostParams('?locale=zh_CN').userLocale).toBe('zh_CN');
    expect(readHostParams('?locale=he').userLocale).toBe('he');
    expect(readHostParams('?locale=..%2Fx').userLocale).toBeNull();
    expect(readHostParams('').userLocale).toBeNull();
  });

  it("opens another page of the build in the record button's popup, never one outside app/", () => {
    const at = (q: string) => readHostParams(`?widget=app&widgetPage=${encodeURIComponent(q)}`).widgetPath;
    expect(at('bench-floor/floor-widget.html')).toBe('/app/bench-floor/floor-widget.html');
    expect(at('../package.json')).toBe('/app/widget.html');
    expect(at('//evil.example/x.html')).toBe('/app/widget.html');
    expect(readHostParams('?widgetPage=bench-floor/floor-widget.html').widgetPath).toBe('/src/widget.html');
  });

  it('opens the record view with no settings variable by default, and the live settings page', () => {
    expect(readHostParams('')).toMatchObject({
      view: 'record',
      settingsSeed: null,
      settingsPath: '/src/settings.html',
      widgetSite: 'cross',
    });
  });

  it("serves the widget's pages from the other loopback name (another site), or from the host's origin when asked", () => {
    const at = (hostname: string, port = '5173') => ({ protocol: 'http:', hostname, port });
    expect(widgetOrigin(at('127.0.0.1'), 'cross')).toBe('http://localhost:5173');
    expect(widgetOrigin(at('localhost'), 'cross')).toBe('http://127.0.0.1:5173');
    expect(widgetOrigin(at('127.0.0.1'), 'same')).toBe('http://127.0.0.1:5173');
    // Under a name with no loopback twin (a LAN address), there is no other site to use: the host's origin.
    expect(widgetOrigin(at('192.168.1.20', ''), 'cross')).toBe('http://192.168.1.20');
  });

  it('seeds the settings variable with broken, newer or given JSON', () => {
    expect(() => JSON.parse(readHostParams('?settings=broken').settingsSeed ?? '')).toThrow();
    expect(JSON.parse(readHostParams('?settings=newer').settingsSeed ?? '')).toMatchObject({ version: 99 });
    const given = JSON.stringify({ version: 1, modules: { Deals: { enabled: false } } });
    expect(readHostParams(`?settings=${encodeURIComponent(given)}`).settingsSeed).toBe(given);
  });
});
