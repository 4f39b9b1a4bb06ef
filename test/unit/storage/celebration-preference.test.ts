import { afterEach, describe, expect, it } from 'vitest';
import { celebrationPreference } from '../../../src/storage/celebration-preference.ts';

afterEach(() => localStorage.clear());

describe('celebrationPreference', () => {
  it('is on until the rep turns it off, and remembers', () => {
    expect(celebrationPreference(localStorage).enabled()).toBe(true);
    celebrationPreference(localStorage).set(false);
    expect(celebrationPreference(localStorage).enabled()).toBe(false);
    expect(celebrationPreference(null).enabled()).toBe(true);
  });
});
