import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sessionDraftStore } from '../../../src/storage/draft-store.ts';
import { SAVE_EVERY_MS } from '../../../src/ui/form-session.ts';
import { loadLazyCode } from './lazy-code.ts';
import { renderApp } from './render-app.tsx';
import { fakeWire } from '../fake-wire.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

/** Drafts go to storage at most every 250 ms while the rep types, and at once when the page goes (issue 13). */

beforeAll(loadLazyCode, 60_000);

afterEach(() => {
  vi.useRealTimers();
  // The page's visibility, when a test hid it (restored even when the test fails half-way).
  vi.restoreAllMocks();
  cleanup();
  sessionStorage.clear();
});

/** Session storage that records every draft written to it, as the JSON text it receives. */
function recordingStorage() {
  const writes: { at: number; summary: unknown; keys: string[] }[] = [];
  const storage = {
    getItem: (k: string) => sessionStorage.getItem(k),
    setItem: (k: string, v: string) => {
      sessionStorage.setItem(k, v);
      if (k.includes(':draft:')) {
        const draft = JSON.parse(v) as Record<string, unknown>;
        writes.push({ at: Date.now(), summary: draft.Summary, keys: Object.keys(draft) });
      }
    },
    removeItem: (k: string) => sessionStorage.removeItem(k),
    key: (i: number) => sessionStorage.key(i),
    get length() {
      return sessionStorage.length;
    },
  } as unknown as Storage;
  return { storage, writes };
}

async function openFormWith(storage: Storage) {
  renderApp(fakeWire(), { drafts: sessionDraftStore(storage) });
  fireEvent.click(await screen.findByRole('button', { name: /establish contact/i }));
  const form = await screen.findByRole('form', { name: 'Establish contact' });
  return within(form).getByLabelText(/Call summary/) as HTMLInputElement;
}

/** Types `text` one character at a time, `every` ms apart (fake time). */
function typeSlowly(input: HTMLInputElement, text: string, every: number) {
  for (const char of text) {
    fireEvent.input(input, { target: { value: input.value + char } });
    vi.advanceTimersByTime(every);
  }
}

describe('saving drafts while the rep types', () => {
  it('writes to storage at most once every 250 ms, the last value each time', async () => {
    const { storage, writes } = recordingStorage();
    const input = await openFormWith(storage);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const start = Date.now();
    typeSlowly(input, 'Called twice, no answer', 20);
    vi.advanceTimersByTime(SAVE_EVERY_MS);
    // 23 keystrokes over 460 ms: two or three writes, never two within 250 ms, and the last one holds every key.
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil((23 * 20 + SAVE_EVERY_MS) / SAVE_EVERY_MS));
    for (let i = 1; i < writes.length; i++)
      expect(writes[i]!.at - writes[i - 1]!.at).toBeGreaterThanOrEqual(SAVE_EVERY_MS);
    expect(writes[0]!.at - start).toBeGreaterThanOrEqual(SAVE_EVERY_MS);
    expect(writes.at(-1)!.summary).toBe('Called twice, no answer');
  });

  it('writes what was typed at once when the page goes (pagehide) or is hidden', async () => {
    const { storage, writes } = recordingStorage();
    const input = await openFormWith(storage);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    typeSlowly(input, 'Half', 10);
    expect(writes).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(writes.map((w) => w.summary)).toEqual(['Half']);
    typeSlowly(input, ' a thought', 10);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(writes.map((w) => w.summary)).toEqual(['Half', 'Half a thought']);
    // Nothing left waiting: the throttle's timer does not write the same again.
    vi.advanceTimersByTime(SAVE_EVERY_MS * 2);
    expect(writes).toHaveLength(2);
  });

  it("writes only what the rep changed, not the record's values the form opened with", async () => {
    const { storage, writes } = recordingStorage();
    const input = await openFormWith(storage);
    fireEvent.input(input, { target: { value: 'Left a message' } });
    cleanup();
    // The form also shows the record's Call result and Lead Owner; neither was touched.
    expect(writes.map((w) => w.keys)).toEqual([['Summary']]);
  });

  it('restores what was typed over the values the record has now, not over older copies of them', async () => {
    const { storage } = recordingStorage();
    fireEvent.input(await openFormWith(storage), { target: { value: 'Left a message' } });
    cleanup();
    // Meanwhile someone set the call's result in the CRM.
    const answer = structuredClone(blueprint);
    answer.blueprint.transitions[0]!.data.Call_Result = 'Reached';
    renderApp(fakeWire({ getBlueprint: async () => answer }), { drafts: sessionDraftStore(storage) });
    // The form the rep was filling in opens again by itself.
    const form = await screen.findByRole('form', { name: 'Establish contact' });
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Left a message');
    expect((within(form).getByLabelText(/Call result/) as HTMLSelectElement).value).toBe('Reached');
  });

  it('writes what was typed when the widget goes away before the throttle fires', async () => {
    const { storage, writes } = recordingStorage();
    const input = await openFormWith(storage);
    fireEvent.input(input, { target: { value: 'Closed mid-sentence' } });
    expect(writes).toEqual([]);
    cleanup();
    expect(writes.map((w) => w.summary)).toEqual(['Closed mid-sentence']);
  });
});
