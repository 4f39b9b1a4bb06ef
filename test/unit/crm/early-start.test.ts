import { describe, expect, it } from 'vitest';
import { STAGE_HISTORY_LISTS } from '../../../src/blueprint/stage-history.ts';
import { CrmFailure } from '../../../src/crm/crm-error.ts';
import { startEarly } from '../../../src/crm/early-start.ts';
import { connectToZoho } from '../../../src/crm/zoho-crm-client.ts';
import { SETTINGS_VARIABLE } from '../../../src/settings/settings-schema.ts';
import { fakeZohoSdk } from './fake-zoho-sdk.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

/** Issue 27: the page starts the talk with the CRM before the widget's module has loaded; the module adopts it. */

/** The fake SDK, PageLoad sent when the test says the CRM sends it; answers as given. */
function fakeSdk(answers: Record<string, () => Promise<unknown>> = {}) {
  const sdk = fakeZohoSdk(answers, 'by hand');
  return { ...sdk, pageLoad: sdk.sendPageLoad };
}

const start = (win: Window) => startEarly(win, SETTINGS_VARIABLE, STAGE_HISTORY_LISTS);
const flush = () => new Promise((r) => setTimeout(r, 0));
const deal = { Entity: 'Deals', EntityId: ['4876876000000520001'], ButtonPosition: 'DetailView' };
const lead = { Entity: 'Leads', EntityId: ['301'], ButtonPosition: 'DetailView' };

describe('the early start', () => {
  it('sends the first screen’s calls as PageLoad comes, with the arguments the module would use', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    expect(sdk.calls).toEqual([]);
    sdk.pageLoad(deal);
    await flush();
    const ref = { Entity: 'Deals', RecordID: '4876876000000520001' };
    expect(sdk.calls).toEqual(
      expect.arrayContaining([
        { name: 'getCurrentUser', args: [] },
        { name: 'getOrgInfo', args: [] },
        { name: 'getOrgVariable', args: [SETTINGS_VARIABLE] },
        { name: 'getBluePrint', args: [ref] },
        { name: 'getRecord', args: [ref] },
        { name: 'getRelatedRecords', args: [{ ...ref, RelatedList: 'Stage_History', page: 1, per_page: 200 }] },
      ]),
    );
    expect(sdk.calls).toHaveLength(6);
  });

  it('asks only what every page asks for a list view’s selection, and nothing without an SDK', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    sdk.pageLoad({ Entity: 'Deals', EntityId: ['1', '2'], ButtonPosition: 'ListView' });
    await flush();
    expect(sdk.names()).toEqual(['getCurrentUser', 'getOrgInfo', 'getOrgVariable']);
    const bare = {} as Window;
    start(bare);
    expect((bare as unknown as { bpStepperEarly?: unknown }).bpStepperEarly).toBeUndefined();
  });
});

describe('the module adopting the early start', () => {
  it('sends nothing twice: every first call is the early one, answers that came before it included', async () => {
    const sdk = fakeSdk({ getBluePrint: async () => structuredClone(blueprint) });
    start(sdk.win);
    sdk.pageLoad(lead);
    await flush();
    // The module arrives after the answers.
    const { client, page } = connectToZoho(sdk.win, 1000);
    await expect(page).resolves.toMatchObject({ record: { entity: 'Leads', recordId: '301' } });
    const ref = { entity: 'Leads', recordId: '301' };
    const bp = await client.getBlueprint(ref);
    expect(bp?.process.currentState).toBe(blueprint.blueprint.process_info.field_value);
    await Promise.allSettled([
      client.getRecord(ref),
      client.getCurrentUser(),
      client.getOrgInfo(),
      client.getSettings(),
    ]);
    expect(sdk.names()).toEqual(['getBluePrint', 'getCurrentUser', 'getOrgInfo', 'getOrgVariable', 'getRecord']);
    // A second ask is a new call.
    await client.getBlueprint(ref);
    expect(sdk.names().filter((n) => n === 'getBluePrint')).toHaveLength(2);
  });

  it('still gives up on a CRM that never sends PageLoad, as before', async () => {
    const sdk = fakeSdk();
    start(sdk.win);
    const { page } = connectToZoho(sdk.win, 30);
    const failure = await page.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(failure).toBeInstanceOf(CrmFailure);
    expect((failure as CrmFailure).error).toMatchObject({ kind: 'timeout', call: 'PageLoad' });
  });

  it('reports a failed early call as the module’s own, under its deadline', async () => {
    const sdk = fakeSdk({ getBluePrint: () => new Promise(() => undefined) });
    start(sdk.win);
    sdk.pageLoad(lead);
    const { client, page } = connectToZoho(sdk.win, 30);
    await page;
    const failure = await client.getBlueprint({ entity: 'Leads', recordId: '301' }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect((failure as CrmFailure).error).toMatchObject({ kind: 'timeout', call: 'getBluePrint' });
    expect(sdk.names().filter((n) => n === 'getBluePrint')).toHaveLength(1);
  });
});
