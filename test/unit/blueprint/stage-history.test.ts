import { describe, expect, it } from 'vitest';
import type { ProcessState } from '../../../src/blueprint/model.ts';
import { buildPath } from '../../../src/blueprint/process-path.ts';
import { daysSince, formatUserDay, type StageHistory } from '../../../src/blueprint/stage-history.ts';
import { decodeProcessStates } from '../../../src/crm/decode/fields.ts';
import { decodeStageHistory } from '../../../src/crm/decode/stage-history.ts';
import { DEFAULT_FORMATS } from '../../../src/blueprint/date-format.ts';

/** A Stage_History answer as getRelatedRecords resolves it: newest row first, as Zoho lists them. */
const documented = {
  data: [
    {
      id: '4876876000000900003',
      Stage: 'Proposal/Price Quote',
      Amount: 42000,
      Probability: 75,
      Expected_Revenue: 31500,
      Closing_Date: '2026-12-18',
      Duration_Days: null,
      Last_Modified_Time: '2026-11-20T10:00:00-05:00',
      Modified_By: { name: 'Marcus Reyes', id: '4876876000000082001' },
    },
    {
      id: '4876876000000900002',
      Stage: 'Needs Analysis',
      Amount: 42000,
      Probability: 20,
      Duration_Days: 8,
      Last_Modified_Time: '2026-11-12T09:30:00-05:00',
    },
    {
      id: '4876876000000900001',
      Stage: 'Qualification',
      Amount: 42000,
      Probability: 10,
      Duration_Days: 4,
      Last_Modified_Time: '2026-11-08T16:00:00-05:00',
    },
  ],
  info: { per_page: 200, count: 3, page: 1, more_records: false },
};

const state = (label: string, sequence: number): ProcessState => ({ label, value: label, sequence, colour: null });
const STAGES = [
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Proposal/Price Quote',
  'Negotiation/Review',
].map(state);

describe('decodeStageHistory', () => {
  it('reads the documented rows (Stage, Last_Modified_Time) into visits, oldest first', () => {
    expect(decodeStageHistory(documented)).toEqual({
      kind: 'known',
      visits: [
        { stage: 'Qualification', at: '2026-11-08T16:00:00-05:00' },
        { stage: 'Needs Analysis', at: '2026-11-12T09:30:00-05:00' },
        { stage: 'Proposal/Price Quote', at: '2026-11-20T10:00:00-05:00' },
      ],
    });
  });

  it('takes Modified_Time where Last_Modified_Time is missing, and a stage given as an object', () => {
    const h = decodeStageHistory({
      data: [{ Stage: { name: 'Qualification', id: '1' }, Modified_Time: '2026-11-01T08:00:00Z' }],
    });
    expect(h).toEqual({ kind: 'known', visits: [{ stage: 'Qualification', at: '2026-11-01T08:00:00Z' }] });
  });

  it('knows no history from an empty answer: nothing, an empty body, an empty list', () => {
    for (const answer of [undefined, null, '', {}, { data: [] }])
      expect(decodeStageHistory(answer)).toEqual({ kind: 'unknown' });
  });

  it('skips rows without a recognisable stage, and knows no history when none is left', () => {
    const h = decodeStageHistory({
      data: [
        null,
        'x',
        { Amount: 5 },
        { Stage: '' },
        { Stage: 7 },
        { Stage: 'Qualification', Last_Modified_Time: 'yesterday' },
      ],
    });
    // `7` is a stage name as far as the JSON goes; an unreadable time leaves the visit undated.
    expect(h).toEqual({
      kind: 'known',
      visits: [
        { stage: 'Qualification', at: null },
        { stage: '7', at: null },
      ],
    });
    expect(decodeStageHistory({ data: [{ Stage: null }, { Stage: '-None-' }] })).toEqual({ kind: 'unknown' });
    expect(decodeStageHistory({ data: 'rows' })).toEqual({ kind: 'unknown' });
  });
});

describe('the path with a stage history', () => {
  const history = decodeStageHistory(documented);
  const show = (current: string, h: StageHistory) =>
    buildPath(STAGES, current, [], h).map((s) => `${s.state.label}:${s.status}`);

  it('marks the stages the record visited as visited, with when it reached them, and those it skipped as not visited', () => {
    const path = buildPath(STAGES, 'Proposal/Price Quote', [], history);
    expect(path.map((s) => `${s.state.label}:${s.status}`)).toEqual([
      'Qualification:visited',
      'Needs Analysis:visited',
      'Value Proposition:not-visited',
      'Id. Decision Makers:not-visited',
      'Proposal/Price Quote:current',
      'Negotiation/Review:upcoming',
    ]);
    expect(path[1]!.reachedAt).toBe('2026-11-12T09:30:00-05:00');
    expect(path[4]!.reachedAt).toBe('2026-11-20T10:00:00-05:00');
  });

  it('shows a stage the record went back from as visited, even after the current one', () => {
    const back = decodeStageHistory({
      data: [...documented.data, { Stage: 'Needs Analysis', Last_Modified_Time: '2026-11-24T09:00:00-05:00' }],
    });
    expect(show('Needs Analysis', back)).toEqual([
      'Qualification:visited',
      'Needs Analysis:current',
      'Value Proposition:upcoming',
      'Id. Decision Makers:upcoming',
      'Proposal/Price Quote:visited',
      'Negotiation/Review:upcoming',
    ]);
    // The current stage counts from the latest time the record entered it.
    expect(buildPath(STAGES, 'Needs Analysis', [], back)[1]!.reachedAt).toBe('2026-11-24T09:00:00-05:00');
  });

  it('without a history, calls the earlier stages unknown: never passed by picklist order alone', () => {
    expect(show('Proposal/Price Quote', { kind: 'unknown' })).toEqual([
      'Qualification:unknown',
      'Needs Analysis:unknown',
      'Value Proposition:unknown',
      'Id. Decision Makers:unknown',
      'Proposal/Price Quote:current',
      'Negotiation/Review:upcoming',
    ]);
  });
});

describe("closing stages from the CRM's own metadata", () => {
  const answer = (values: Record<string, unknown>[]) => ({ fields: [{ api_name: 'Stage', pick_list_values: values }] });
  const value = (name: string, n: number, extra: Record<string, unknown>) => ({
    display_value: name,
    actual_value: name,
    sequence_number: n,
    ...extra,
  });

  it('reads won and lost from the forecast type or category, else from a probability of 100 or 0', () => {
    const states = decodeProcessStates(
      answer([
        value('Qualification', 1, { probability: 10, forecast_type: 'Open', forecast_category: { name: 'Pipeline' } }),
        value('Closed Won', 2, {
          probability: 100,
          forecast_type: 'Closed Won',
          forecast_category: { name: 'Closed' },
        }),
        value('Closed Lost', 3, { probability: 0, forecast_type: 'Closed Lost' }),
        value('Signed', 4, { probability: 100 }),
        value('Dropped', 5, { probability: 0 }),
        value('Parked', 6, { probability: 0, forecast_type: 'Open' }),
      ]),
      'Stage',
    );
    expect(states.map((s) => `${s.label}:${s.closing}`)).toEqual([
      'Qualification:null',
      'Closed Won:won',
      'Closed Lost:lost',
      'Signed:won',
      'Dropped:lost',
      'Parked:null',
    ]);
  });

  it("leaves values without forecast or probability (Leads' statuses) ordinary", () => {
    const states = decodeProcessStates(
      answer([value('Junk Lead', 1, {}), value('Not Qualified', 2, { colour_code: '#f00' })]),
      'Stage',
    );
    expect(states.map((s) => s.closing)).toEqual([null, null]);
  });
});

describe('dates of the history', () => {
  it("shows the day an instant falls on in the user's time zone and date format", () => {
    expect(formatUserDay('2026-11-12T02:30:00Z', { ...DEFAULT_FORMATS, timeZone: 'America/New_York' })).toBe(
      '11/11/2026',
    );
    expect(
      formatUserDay('2026-11-12T02:30:00Z', {
        ...DEFAULT_FORMATS,
        timeZone: 'Europe/Berlin',
        dateFormat: 'dd.MM.yyyy',
      }),
    ).toBe('12.11.2026');
  });

  it('counts whole days since an instant', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(daysSince('2026-11-12T11:00:00Z', now)).toBe(12);
    expect(daysSince('2026-11-24T11:00:00Z', now)).toBe(0);
    expect(daysSince('2026-11-25T11:00:00Z', now)).toBe(0);
  });
});
