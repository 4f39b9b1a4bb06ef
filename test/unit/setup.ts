/** Setup for the jsdom unit tests. */

// jsdom has no ResizeObserver; the widget only uses it to size its frame.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
