import { describe, expect, it } from 'vitest';
import { decodeUpdateOutcome } from '../../../../src/crm/decode/small-answers.ts';

/*
 * Contract: the updateBluePrint answer.
 * Zoho CRM v7 "Update Blueprint" (https://www.zoho.com/crm/developer/docs/api/v7/update-blueprint.html): the
 * answer is `{code: "SUCCESS", details: {}, message, status: "success"}` (newer CRMs wrap it in
 * `{blueprint: [...]}`); when the input does not meet the required number of fields, the message is
 * "transition saved partially", and the transition's `percent_partial_save` ("Get Blueprint") grows.
 */
describe('the answer to a transition', () => {
  it('is done on the documented success answer', () => {
    const documented = { code: 'SUCCESS', details: {}, message: 'transition updated successfully', status: 'success' };
    expect(decodeUpdateOutcome(documented).result).toBe('done');
    expect(decodeUpdateOutcome({ blueprint: [documented] }).result).toBe('done');
  });

  it('is partial on the documented partial-save answer', () => {
    const documented = { code: 'SUCCESS', details: {}, message: 'transition saved partially', status: 'success' };
    expect(decodeUpdateOutcome(documented).result).toBe('partial');
    expect(decodeUpdateOutcome({ blueprint: [documented] }).result).toBe('partial');
  });

  it('is partial when its details carry a percent_partial_save below 100, whatever the message says', () => {
    const answer = { code: 'SUCCESS', details: { percent_partial_save: 60 }, message: 'ok', status: 'success' };
    expect(decodeUpdateOutcome(answer).result).toBe('partial');
    const whole = {
      code: 'SUCCESS',
      details: { percent_partial_save: 100 },
      message: 'saved partially',
      status: 'success',
    };
    expect(decodeUpdateOutcome(whole).result).toBe('done');
  });

  it('is not taken for partial because its message contains the word', () => {
    const answer = { code: 'SUCCESS', details: {}, message: 'Moved to Partially Shipped', status: 'success' };
    expect(decodeUpdateOutcome(answer).result).toBe('done');
  });
});
