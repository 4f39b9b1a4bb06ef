/** Setup for the jsdom unit tests. */
import { configure } from '@testing-library/preact';
import { afterAll, vi } from 'vitest';

// jsdom has no ResizeObserver; the widget only uses it to size its frame.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// On a busy machine (several test runs sharing two cores) a component test can take seconds of wall-clock time
// for what is instant on an idle one. The tests wait on conditions (findBy, waitFor), never on the clock; these
// limits only decide how long a test that IS failing takes to say so, so they are generous rather than tight.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

// Preact runs effects after the next frame, with a 100 ms timer as its fallback (preact/hooks). A file whose last
// test ends right after a render leaves that timer pending; when it fires after Vitest has removed jsdom's
// globals, it throws "cancelAnimationFrame is not defined" and fails the whole run (seen once, in a loaded run of
// bulk-app.test.tsx). Each file waits for it while jsdom is still there.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
