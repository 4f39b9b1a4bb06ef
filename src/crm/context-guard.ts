/**
 * A guard for the messages Zoho's SDK 1.2 takes from anyone (docs/wire-protocol.md, "Who may answer"). The SDK
 * means to handle only what comes from the widget's parent at `serviceOrigin`, but its check returns an Error
 * for anything else, and an Error is truthy: it handles every FRAMEWORK.EVENT from any frame. So any page that
 * can post to the widget's window (a sibling frame, another widget, a window the widget opened) could answer the
 * widget's calls (their promise ids are `Promise100`, `Promise101`…), fire its events, or send a SET_CONTEXT
 * whose `uniqueID` the CRM then refuses. The CRM page is the widget's parent and names its own origin in the
 * `serviceOrigin` URL parameter it opens the widget with: every message the SDK would read that comes from
 * anywhere else is stopped before the SDK sees it.
 *
 * It must be listening **before** the SDK's own `message` listener: Chromium calls a window's listeners in the
 * order they were added, capture or not (the DOM standard calls capture listeners first; Chromium 156 does not),
 * and the SDK's script runs before the widget's module. So each page runs it from an inline script in its
 * <head> (`contextGuard` in vite.config.ts), which runs as the page is parsed: before the SDK's script (in the
 * body), before the page's early start (early-start.ts) and before any module. It is the only guard: Zoho's SDK
 * adds its own listener in init(), and the stand-in at load, both after it.
 */

/**
 * Listens for `message` events on `win` and stops (stopImmediatePropagation) every one the SDK would handle
 * unless its source is `win.parent` and its origin the page's `serviceOrigin`. The data is read as the SDK
 * reads it: a string is parsed as JSON (kept as it is when it is not JSON), anything else is taken as is; a
 * message with a `type` or an `eventName` is one the SDK would handle. Anything else (text, numbers, other
 * scripts' messages) passes untouched. Returns the undo.
 *
 * Self-contained (no imports, no outside helpers): vite.config.ts inlines its source into the pages.
 */
export function guardSdkMessages(win: Window): () => void {
  // A window without events (a test's stand-in object) has nothing to guard.
  if (typeof win.addEventListener !== 'function') return () => undefined;
  // No serviceOrigin: no message is the CRM's (an origin is a string, never null).
  const serviceOrigin = new URLSearchParams(win.location.search).get('serviceOrigin');
  const listener = (event: MessageEvent) => {
    if (event.source === win.parent && event.origin === serviceOrigin) return;
    let data = event.data;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        // Not JSON: the SDK reads the string itself, which has neither key.
      }
    }
    if (data != null && (data.type != null || data.eventName != null)) event.stopImmediatePropagation();
  };
  win.addEventListener('message', listener, true);
  return () => win.removeEventListener('message', listener, true);
}
