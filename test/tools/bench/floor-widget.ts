/**
 * The bench's floor widgets: the least a widget can do to show a record's transitions. Each registers PageLoad,
 * calls init(), asks the record's blueprint and lists the transitions' names; nothing else (no texts, no
 * fields, no framework). What Blueprint Stepper's first screen costs above this is its own.
 *
 * Two floors, by the page's `data-calls`:
 * - `one` (floor-widget.html): the blueprint alone. Issue 13's goal 1 is set against this one.
 * - `five` (floor-five.html, which floor-build.ts makes from the built page): with the blueprint, the four other
 *   answers Blueprint Stepper's first screen waits for (the record, the user, the org, the admin's settings:
 *   docs/architecture.md, "The first screen"), asked at once as the widget asks them, the names listed once all
 *   five are in. It tells apart what those answers cost (their round trips on the CRM's side, their messages in
 *   the frame) from what the widget's own code costs.
 * - `bulk` (floor-bulk.html): a list view's selection. It asks the first five records' blueprints (bulk mode's
 *   cap) and, once all five are in, says "Loading 5 of N": bulk mode's first progress, issue 27.
 *
 * Built by the bench (floor-build.ts) into app/bench-floor/, opened by the simulator with `widgetPage`.
 */
import { SETTINGS_VARIABLE } from '../../../src/settings/settings-schema.ts';

interface FloorSdk {
  embeddedApp: { on(event: 'PageLoad', handler: (data: unknown) => void): void; init(): Promise<unknown> };
  CRM: {
    API: {
      getBluePrint(args: { Entity: string; RecordID: string }): Promise<unknown>;
      getRecord(args: { Entity: string; RecordID: string }): Promise<unknown>;
      getOrgVariable(name: string): Promise<unknown>;
    };
    CONFIG: { getCurrentUser(): Promise<unknown>; getOrgInfo(): Promise<unknown> };
  };
}

const sdk = (window as unknown as { ZOHO: FloorSdk }).ZOHO;
const list = document.getElementById('transitions')!;
const five = document.body.dataset.calls === 'five';
const bulk = document.body.dataset.calls === 'bulk';

sdk.embeddedApp.on('PageLoad', (data) => {
  const page = data as { Entity: string; EntityId: string[] | string };
  if (bulk) {
    const ids = Array.isArray(page.EntityId) ? page.EntityId : [page.EntityId];
    const first = ids.slice(0, 5).map((id) => sdk.CRM.API.getBluePrint({ Entity: page.Entity, RecordID: String(id) }));
    void Promise.allSettled(first).then(() => {
      const progress = document.createElement('p');
      progress.textContent = `Loading ${first.length} of ${ids.length}`;
      progress.setAttribute('elementtiming', 'floor-progress');
      document.body.append(progress);
    });
    return;
  }
  const id = Array.isArray(page.EntityId) ? page.EntityId[0] : page.EntityId;
  const record = { Entity: page.Entity, RecordID: String(id) };
  const others = five
    ? [
        sdk.CRM.API.getRecord(record),
        sdk.CRM.CONFIG.getCurrentUser(),
        sdk.CRM.CONFIG.getOrgInfo(),
        sdk.CRM.API.getOrgVariable(SETTINGS_VARIABLE),
      ]
    : [];
  void Promise.allSettled([sdk.CRM.API.getBluePrint(record), ...others]).then(([answer]) => {
    const value = answer!.status === 'fulfilled' ? answer!.value : null;
    const transitions = (value as { blueprint?: { transitions?: { name?: unknown }[] } } | null)?.blueprint
      ?.transitions;
    for (const t of transitions ?? []) {
      const item = document.createElement('li');
      item.textContent = String(t.name);
      // The bench reads when this text is painted (Element Timing).
      item.setAttribute('elementtiming', 'floor-transition');
      list.append(item);
    }
  });
});
void sdk.embeddedApp.init();
