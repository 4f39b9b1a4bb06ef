import { afterEach, describe, expect, it } from 'vitest';
import { lastUserLocale } from '../../../src/i18n/last-locale.ts';
import { refusedStorage as refused } from '../refused-storage.ts';

afterEach(() => localStorage.clear());

describe("the user's locale kept for the next open", () => {
  it('is the one last seen, in a new page over the same storage', () => {
    expect(lastUserLocale(localStorage).get()).toBeNull();
    lastUserLocale(localStorage).set('de-DE');
    expect(lastUserLocale(localStorage).get()).toBe('de-DE');
  });

  it('is nothing, without an error, where the browser refuses storage or there is none', () => {
    expect(() => lastUserLocale(refused).set('ja-JP')).not.toThrow();
    expect(lastUserLocale(refused).get()).toBeNull();
    lastUserLocale(null).set('ja-JP');
    expect(lastUserLocale(null).get()).toBeNull();
  });

  it('ignores a stored value that is no locale tag', () => {
    localStorage.setItem('bpstepper:user-locale', '../../evil.json');
    expect(lastUserLocale(localStorage).get()).toBeNull();
  });
});
