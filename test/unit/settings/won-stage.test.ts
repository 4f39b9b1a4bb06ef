import { describe, expect, it } from 'vitest';
import { isWon } from '../../../src/settings/won-stage.ts';
import type { StepperData } from '../../../src/stepper/stepper-data.ts';

const state = (label: string) => ({ label, value: label, sequence: 1, colour: null });
const data = (path: Partial<StepperData['path']>) =>
  ({ path: { steps: [], closing: [], hiddenCurrent: null, ...path } }) as unknown as StepperData;

describe('isWon', () => {
  it('follows the stages the admin marked won or lost', () => {
    expect(isWon(data({ closing: [{ state: state('Signed'), status: 'current', outcome: 'won' }] }))).toBe(true);
    expect(isWon(data({ closing: [{ state: state('Closed Won'), status: 'current', outcome: 'lost' }] }))).toBe(false);
    expect(
      isWon(
        data({
          steps: [{ state: state('Closed Won'), status: 'current' }],
          closing: [{ state: state('Signed'), status: 'upcoming', outcome: 'won' }],
        }),
      ),
    ).toBe(false);
  });

  it('reads the stage name when no closing stages are set up', () => {
    expect(isWon(data({ steps: [{ state: state('Closed Won'), status: 'current' }] }))).toBe(true);
    expect(isWon(data({ steps: [{ state: state('Closed Lost'), status: 'current' }] }))).toBe(false);
    expect(isWon(data({ steps: [{ state: state('Wonderland'), status: 'current' }] }))).toBe(false);
  });
});
