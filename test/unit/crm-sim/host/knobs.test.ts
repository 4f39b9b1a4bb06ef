import { describe, expect, it } from 'vitest';
import { describeFailure, failureAnswer, SimKnobs } from '../../../crm-sim/host/knobs.ts';

describe('failure injection', () => {
  it('applies a failure to its call the given number of times, then lets calls through', () => {
    const knobs = new SimKnobs();
    knobs.setFailure({ code: 'RECORD_LOCKED', on: 'updateBluePrint', times: 1 });
    expect(knobs.takeFailure('getBluePrint')).toBeNull();
    expect(knobs.takeFailure('updateBluePrint')).toBe('RECORD_LOCKED');
    expect(knobs.takeFailure('updateBluePrint')).toBeNull();
  });

  it('answers nothing for TIMEOUT, a bare rejection for SDK_REJECT, and API errors resolved only for updates', () => {
    expect(failureAnswer('TIMEOUT', 'getBluePrint')).toBeNull();
    expect(failureAnswer('SDK_REJECT', 'updateBluePrint')).toMatchObject({
      settle: 'reject',
      data: expect.any(String),
    });
    expect(failureAnswer('RECORD_LOCKED', 'updateBluePrint')).toMatchObject({
      settle: 'resolve',
      data: { code: 'RECORD_LOCKED', details: {}, status: 'error' },
    });
    expect(failureAnswer('INTERNAL_ERROR', 'getFields')).toMatchObject({
      settle: 'reject',
      data: { code: 'INTERNAL_ERROR' },
    });
  });
});

describe("the Simulator panel's line about the injected failure", () => {
  it.each([
    [null, 'No failure injected: every call is answered.'],
    [
      { code: 'RECORD_LOCKED', on: 'updateBluePrint', times: Infinity },
      'Every updateBluePrint call fails with RECORD_LOCKED.',
    ],
    [
      { code: 'RECORD_LOCKED', on: 'updateBluePrint', times: 1 },
      'The next updateBluePrint call fails with RECORD_LOCKED.',
    ],
    [{ code: 'INTERNAL_ERROR', on: 'any', times: 3 }, 'The next 3 calls fail with INTERNAL_ERROR.'],
    [{ code: 'TIMEOUT', on: 'getBluePrint', times: 2 }, 'The next 2 getBluePrint calls are never answered.'],
    [{ code: 'SDK_REJECT', on: 'any', times: Infinity }, 'Every call is rejected without an error body.'],
  ])('says %j as "%s"', (failure, line) => {
    expect(describeFailure(failure)).toBe(line);
  });
});
