import { describe, expect, it } from 'vitest';
import { readEscalationPeriod, stageTime } from '../../../src/blueprint/stage-time.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-06T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('readEscalationPeriod (process_info.escalation, docs/assumptions.md)', () => {
  it('reads a number, or a string of digits, as days', () => {
    expect(readEscalationPeriod(2)).toEqual({ amount: 2, unit: 'days' });
    expect(readEscalationPeriod('7')).toEqual({ amount: 7, unit: 'days' });
  });

  it('reads a string with a number and a unit', () => {
    expect(readEscalationPeriod('2 days')).toEqual({ amount: 2, unit: 'days' });
    expect(readEscalationPeriod('1 Day')).toEqual({ amount: 1, unit: 'days' });
    expect(readEscalationPeriod(' 5 hours ')).toEqual({ amount: 5, unit: 'hours' });
    expect(readEscalationPeriod('3h')).toEqual({ amount: 3, unit: 'hours' });
    expect(readEscalationPeriod('120 minutes')).toEqual({ amount: 2, unit: 'hours' });
    expect(readEscalationPeriod('2 weeks')).toEqual({ amount: 14, unit: 'days' });
  });

  it('reads an ISO 8601 duration of days, weeks or hours', () => {
    expect(readEscalationPeriod('P2D')).toEqual({ amount: 2, unit: 'days' });
    expect(readEscalationPeriod('P1W')).toEqual({ amount: 7, unit: 'days' });
    expect(readEscalationPeriod('PT36H')).toEqual({ amount: 36, unit: 'hours' });
    expect(readEscalationPeriod('P1DT12H')).toEqual({ amount: 36, unit: 'hours' });
  });

  it('reads an object with days or hours, or with value and period as the v8 states API words them', () => {
    expect(readEscalationPeriod({ days: 2, status: 'overdue' })).toEqual({ amount: 2, unit: 'days' });
    expect(readEscalationPeriod({ days: '4' })).toEqual({ amount: 4, unit: 'days' });
    expect(readEscalationPeriod({ hours: 8 })).toEqual({ amount: 8, unit: 'hours' });
    expect(readEscalationPeriod({ value: 3, period: 'days' })).toEqual({ amount: 3, unit: 'days' });
    expect(readEscalationPeriod({ value: '6', period: 'hours' })).toEqual({ amount: 6, unit: 'hours' });
  });

  it('says nothing for a shape or unit it cannot count', () => {
    for (const unknown of [
      null,
      undefined,
      '',
      0,
      -2,
      1.5,
      '2.5 days',
      '90 minutes',
      '3 months',
      '2 Tage',
      'P1M',
      'P',
      'overdue',
      { days: 0 },
      { days: 'soon' },
      { status: 'overdue' },
      { value: 2, period: 'business_days' },
      { value: 2, period: 'business_hours' },
      [2],
      true,
    ]) {
      expect(readEscalationPeriod(unknown), JSON.stringify(unknown)).toBeNull();
    }
  });
});

describe('stageTime', () => {
  it('says after how long the stage escalates when only the period is known', () => {
    expect(stageTime({ expectedDays: null, escalation: '2 days', enteredAt: null, now: NOW })).toEqual({
      kind: 'escalates',
      limit: { amount: 2, unit: 'days' },
    });
  });

  it('claims nothing without a period and without an entry date, or for an unreadable period', () => {
    expect(stageTime({ expectedDays: null, escalation: null, enteredAt: null, now: NOW })).toEqual({ kind: 'none' });
    expect(stageTime({ expectedDays: null, escalation: 'soon', enteredAt: null, now: NOW })).toEqual({ kind: 'none' });
  });

  it("claims nothing from the admin's expected days without the date the record entered the stage", () => {
    expect(stageTime({ expectedDays: 10, escalation: '2 days', enteredAt: null, now: NOW })).toEqual({ kind: 'none' });
    expect(stageTime({ expectedDays: 10, escalation: null, enteredAt: 'not a date', now: NOW })).toEqual({
      kind: 'none',
    });
  });

  it('says only how long when the date is known and no limit is', () => {
    expect(stageTime({ expectedDays: null, escalation: 'soon', enteredAt: ago(5 * DAY + HOUR), now: NOW })).toEqual({
      kind: 'since',
      elapsed: { amount: 5, unit: 'days' },
    });
  });

  it('counts the days left inside the escalation period', () => {
    expect(stageTime({ expectedDays: null, escalation: { days: 10 }, enteredAt: ago(7 * DAY), now: NOW })).toEqual({
      kind: 'left',
      elapsed: { amount: 7, unit: 'days' },
      left: 3,
      limit: { amount: 10, unit: 'days' },
      source: 'escalation',
    });
  });

  it('counts whole days: 10 days and 20 hours is still inside a limit of 10, with none left', () => {
    expect(
      stageTime({ expectedDays: 10, escalation: null, enteredAt: ago(10 * DAY + 20 * HOUR), now: NOW }),
    ).toMatchObject({ kind: 'left', left: 0 });
  });

  it('says how far past the limit the record is', () => {
    expect(stageTime({ expectedDays: null, escalation: 'P10D', enteredAt: ago(12 * DAY + HOUR), now: NOW })).toEqual({
      kind: 'over',
      elapsed: { amount: 12, unit: 'days' },
      over: 2,
      limit: { amount: 10, unit: 'days' },
      source: 'escalation',
    });
  });

  it("takes the admin's expected days over Zoho's escalation period", () => {
    expect(stageTime({ expectedDays: 5, escalation: '30 days', enteredAt: ago(8 * DAY), now: NOW })).toMatchObject({
      kind: 'over',
      over: 3,
      limit: { amount: 5, unit: 'days' },
      source: 'expected',
    });
  });

  it('counts in hours for a period in hours', () => {
    expect(stageTime({ expectedDays: null, escalation: '5 hours', enteredAt: ago(7 * HOUR + 1), now: NOW })).toEqual({
      kind: 'over',
      elapsed: { amount: 7, unit: 'hours' },
      over: 2,
      limit: { amount: 5, unit: 'hours' },
      source: 'escalation',
    });
    expect(stageTime({ expectedDays: null, escalation: '5 hours', enteredAt: ago(HOUR), now: NOW })).toMatchObject({
      kind: 'left',
      left: 4,
    });
  });

  it('counts a clock ahead of the entry date as no time yet', () => {
    expect(stageTime({ expectedDays: 3, escalation: null, enteredAt: ago(-DAY), now: NOW })).toMatchObject({
      kind: 'left',
      elapsed: { amount: 0, unit: 'days' },
      left: 3,
    });
  });
});
