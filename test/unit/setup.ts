/** Setup for the jsdom unit tests. */
import { configure } from '@testing-library/preact';
import { vi } from 'vitest';

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
