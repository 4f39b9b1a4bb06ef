import { describe, expect, it, vi } from 'vitest';
import { routeCall, type HostUi } from '../../../crm-sim/crm/crm-calls.ts';
import { IDS } from '../../../crm-sim/seed/crm-data.ts';
import { CrmStore } from '../../../crm-sim/crm/crm-store.ts';
import type { CrmEventData } from '../../../crm-sim/protocol.ts';
import { HISTORY_IDS } from '../../../crm-sim/seed/stage-history.ts';
import { decodeStageHistory } from '../../../../src/crm/decode/stage-history.ts';
import { decodeProcessStates } from '../../../../src/crm/decode/fields.ts';

const ui = (): HostUi => ({ resize: vi.fn(), close: vi.fn(), openRecord: vi.fn() });
const history = (store: CrmStore, entity: string, id: string, list = 'Stage_History') => {
  const call = routeCall({
    sdkVersion: '1.2',
    category: 'READ',
    APIData: { Entity: entity, RecordID: id, RelatedList: list, page: 1, per_page: 200 },
  } as CrmEventData);
  return { name: call.name, ...call.answer(store, ui()) };
};

describe("the simulator's stage history", () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it("answers getRelatedRecords for Stage_History with rows newest first, the widget's decoder reading them", () => {
    const store = new CrmStore(() => now);
    const answer = history(store, 'Deals', HISTORY_IDS.wentBackDeal);
    expect(answer.name).toBe('getRelatedRecords');
    expect(answer.settle).toBe('resolve');
    const decoded = decodeStageHistory(answer.data);
    expect(decoded.kind === 'known' && decoded.visits.map((v) => v.stage)).toEqual([
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Needs Analysis',
    ]);
  });

  it('answers a deal without history with an empty body, and refuses other lists and modules', () => {
    const store = new CrmStore(() => now);
    expect(history(store, 'Deals', IDS.lockedDeal).data).toBe('');
    expect(history(store, 'Leads', IDS.firstLead).settle).toBe('reject');
    expect(history(store, 'Deals', IDS.wonDeal, 'Notes').settle).toBe('reject');
  });

  it('adds a row when the record moves to another stage', () => {
    const store = new CrmStore(() => now);
    history(store, 'Deals', IDS.qualificationDeal);
    const record = store.record('Deals', IDS.qualificationDeal)!;
    record.values.Stage = 'Needs Analysis';
    record.stateSince = now;
    const decoded = decodeStageHistory(history(store, 'Deals', IDS.qualificationDeal).data);
    expect(decoded.kind === 'known' && decoded.visits.map((v) => v.stage)).toEqual(['Qualification', 'Needs Analysis']);
  });

  it("gives Deals' Stage values their forecast types, so Closed Won and Closed Lost close the process", () => {
    const store = new CrmStore(() => now);
    const states = decodeProcessStates({ fields: store.fields('Deals') }, 'Stage');
    expect(states.filter((s) => s.closing).map((s) => `${s.label}:${s.closing}`)).toEqual([
      'Closed Won:won',
      'Closed Lost:lost',
    ]);
  });
});
