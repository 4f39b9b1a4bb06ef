/**
 * The bench's floor widget: the least a widget can do to show a record's transitions. It registers PageLoad,
 * calls init(), asks the record's blueprint once and lists the transitions' names; nothing else (no texts, no
 * settings, no fields, no framework). What Blueprint Stepper's first screen costs above this is its own.
 * Built by the bench (floor-build.ts) into app/bench-floor/, opened by the simulator with `widgetPage`.
 */
interface FloorSdk {
  embeddedApp: { on(event: 'PageLoad', handler: (data: unknown) => void): void; init(): Promise<unknown> };
  CRM: { API: { getBluePrint(args: { Entity: string; RecordID: string }): Promise<unknown> } };
}

const sdk = (window as unknown as { ZOHO: FloorSdk }).ZOHO;
const list = document.getElementById('transitions')!;

sdk.embeddedApp.on('PageLoad', (data) => {
  const page = data as { Entity: string; EntityId: string[] | string };
  const id = Array.isArray(page.EntityId) ? page.EntityId[0] : page.EntityId;
  void sdk.CRM.API.getBluePrint({ Entity: page.Entity, RecordID: String(id) }).then((answer) => {
    const transitions = (answer as { blueprint?: { transitions?: { name?: unknown }[] } }).blueprint?.transitions;
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
