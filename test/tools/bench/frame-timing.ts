/**
 * What the bench records inside the widget's frame, on the frame's own clock (`performance.now()`):
 * - Element Timing entries: when a text whose element has an `elementtiming` attribute was first painted;
 * - Event Timing entries of 16 ms or more (`durationThreshold: 16`, the least the API allows): an input event's
 *   start and the paint after its handlers;
 * - every keydown's and click's own timestamp (the time of the input, as Event Timing counts it), so a
 *   keystroke's paint can be found even when some of its events were too quick to be reported;
 * - after a click, the form's row count each time it changes: when the rows were in the DOM, and when the
 *   frame after that was done.
 * The starting point of the first screen is the SDK stand-in's `crm-sim:page-load` mark (PageLoad arriving in
 * the frame), the same for any widget page the simulator opens; its `crm-sim:answer` marks say when each answer
 * to a data call settled (test/crm-sim/README.md).
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

/** An Element Timing entry, as recorded. */
export interface ElementPaint {
  identifier: string;
  renderTime: number;
}

/** An Event Timing entry, as recorded. */
export interface EventPaint {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

/** Everything the frame recorded so far. */
export interface FrameRecord {
  elements: ElementPaint[];
  events: EventPaint[];
  keydowns: number[];
  clicks: number[];
  /** When each answer to a data call settled in the frame (the stand-in's marks; not UI calls such as a resize). */
  answers: number[];
  /**
   * [row count, time the rows were in the DOM, time the frame after that was done (later when another slice of
   * rows rendered in the same frame)].
   */
  rows: [number, number, number][];
  /** The stand-in's PageLoad mark, if PageLoad has arrived. */
  pageLoad: number | null;
}

/** The mark the SDK stand-in sets as PageLoad arrives (test/crm-sim/sdk/sdk-standin.ts). */
export const PAGE_LOAD_MARK = 'crm-sim:page-load';
/** The mark the SDK stand-in sets as the answer to a data call settles. */
const ANSWER_MARK = 'crm-sim:answer';

/**
 * Runs in every frame before its scripts (a page init script reaches out-of-process frames too). Plain
 * JavaScript in a string: tsx would wrap a function's inner functions in a helper the page does not have.
 */
const RECORDER = `
(() => {
  const r = { elements: [], events: [], keydowns: [], clicks: [], rows: [] };
  window.__benchRecord = r;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) r.elements.push({ identifier: e.identifier, renderTime: e.renderTime || e.loadTime });
    }).observe({ type: 'element', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        r.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, processingStart: e.processingStart,
          processingEnd: e.processingEnd, interactionId: e.interactionId || 0 });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (e) { r.error = String(e); }
  addEventListener('keydown', (e) => r.keydowns.push(e.timeStamp), true);
  addEventListener('click', (e) => r.clicks.push(e.timeStamp), true);
  // Rows are counted only after a click, and then only the form's own children (its groups of rows) are
  // watched: a subtree observer would make every DOM insertion of the first screen and of the form's rows dearer.
  let rows = -1;
  let watched = null;
  const count = () => {
    const form = document.querySelector('form');
    if (!form) return;
    if (form !== watched) {
      watched = form;
      observer.disconnect();
      observer.observe(form, { childList: true });
    }
    // The rows join the form in groups (.form__rows, each built whole), so count them at any depth.
    const n = form.querySelectorAll('.item').length;
    if (n === rows) return;
    rows = n;
    const committed = performance.now();
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => r.rows.push([n, committed, performance.now()]);
      c.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(count);
  addEventListener('click', () => {
    if (watched) return;
    observer.observe(document.body, { childList: true, subtree: true });
  }, true);
})();
`;

/** Installs the recorder in every frame the page will load. */
export async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript({ content: RECORDER });
}

/** What the frame recorded so far. */
export function frameRecord(frame: Frame): Promise<FrameRecord> {
  return frame.evaluate(`(() => {
    const r = window.__benchRecord;
    const mark = performance.getEntriesByName(${JSON.stringify(PAGE_LOAD_MARK)})[0];
    const answers = performance.getEntriesByName(${JSON.stringify(ANSWER_MARK)}).map((m) => m.startTime);
    return { ...r, answers, pageLoad: mark ? mark.startTime : null };
  })()`) as Promise<FrameRecord>;
}

/** The first paint of any element named `identifier`, or null when none was reported. */
export function firstPaint(record: FrameRecord, identifier: string, after = 0): number | null {
  const times = record.elements.filter((e) => e.identifier === identifier && e.renderTime >= after);
  return times.length ? Math.min(...times.map((e) => e.renderTime)) : null;
}

/**
 * From the CRM's last answer the frame received before `paint` (for a first screen, the last answer it waited for)
 * to `paint`; null when none came before it.
 */
export function sinceLastAnswer(record: FrameRecord, paint: number): number | null {
  const before = record.answers.filter((t) => t <= paint);
  return before.length ? paint - Math.max(...before) : null;
}

/**
 * Waits until the widget's frame (looked up afresh each time: it may still be the blank frame it started as)
 * reported a paint of each identifier; its record then, or why not after `timeoutMs`.
 */
export async function waitForPaints(
  page: Page,
  identifiers: string[],
  timeoutMs = 30_000,
): Promise<{ frame: Frame; record: FrameRecord } | { error: string }> {
  const until = Date.now() + timeoutMs;
  let error = 'no widget frame';
  while (Date.now() < until) {
    const frame = page.frame({ name: 'blueprint-stepper' });
    const record = frame ? await frameRecord(frame).catch((e: unknown) => String(e)) : null;
    if (typeof record === 'string') error = record;
    else if (record) {
      if (identifiers.every((id) => firstPaint(record, id) !== null)) return { frame: frame!, record };
      error = `painted only ${[...new Set(record.elements.map((e) => e.identifier))].join(', ') || 'nothing'}`;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { error };
}

/**
 * Key to paint for each keydown since `after`: the latest end (start + duration) of the keyboard and input
 * Event Timing entries that started at or after it and before the next keydown, minus the keydown's time.
 * null for a key none of whose events took 16 ms or more (Event Timing reports none: under 16 ms).
 */
export function keyToPaint(record: FrameRecord, after: number): (number | null)[] {
  const keys = record.keydowns.filter((t) => t >= after);
  const kinds = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);
  return keys.map((t, i) => {
    const next = keys[i + 1] ?? Infinity;
    const ends = record.events
      .filter((e) => kinds.has(e.name) && e.startTime >= t - 0.5 && e.startTime < next - 0.5)
      .map((e) => e.startTime + e.duration - t);
    return ends.length ? Math.max(...ends) : null;
  });
}

/**
 * A CDP session on the frame's own renderer. Playwright gives one only to an out-of-process frame; for a frame
 * in its parent's process this throws, and the bench says so (the CPU throttle would slow the host page too).
 */
export async function frameSession(page: Page, frame: Frame): Promise<CDPSession> {
  return page.context().newCDPSession(frame);
}
