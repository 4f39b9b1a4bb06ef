/**
 * A guard for the one SDK message that is not authenticated. Zoho's SDK 1.2 takes SET_CONTEXT from any frame
 * and adopts its `uniqueID`; the CRM then drops every call carrying that id, so any page that can post to the
 * widget's window (a sibling frame, another widget) could cut the widget off (docs/wire-protocol.md). The CRM
 * page is the widget's parent and names its own origin in the `serviceOrigin` URL parameter it opens the widget
 * with; a SET_CONTEXT from anywhere else is stopped before the SDK sees it.
 *
 * It must be listening **before** the SDK's own `message` listener: Chromium calls a window's listeners in the
 * order they were added, capture or not (the DOM standard calls capture listeners first; Chromium 156 does not),
 * and the SDK's script runs before the widget's module. So each page runs it from an inline script in its
 * <head> (`contextGuard` in vite.config.ts), which runs as the page is parsed: before the SDK's script (in the
 * body) and before any module. `connectToZoho` runs it again, which is one more listener and no defence by
 * itself: it comes after the SDK's listener unless the SDK adds that only in init() (the stand-in adds it at
 * load; when Zoho's does is not known).
 */

/**
 * Listens for `message` events on `win` and stops (stopImmediatePropagation) a SET_CONTEXT whose source is not
 * `win.parent` or whose origin is not the page's `serviceOrigin`. Every other message passes untouched: the SDK
 * checks their source against the context itself. Returns the undo.
 *
 * Self-contained (no imports, no outside helpers): vite.config.ts inlines its source into the pages.
 */
export function guardSetContext(win: Window): () => void {
  // A window without events (a test's stand-in object) has nothing to guard.
  if (typeof win.addEventListener !== 'function') return () => undefined;
  const serviceOrigin = new URLSearchParams(win.location.search).get('serviceOrigin');
  // The message's event name, whether it came as an object or, as the SDK also accepts, as a JSON string.
  const eventName = (data: unknown): unknown => {
    let value = data;
    if (typeof value === 'string') {
      if (!value.includes('SET_CONTEXT')) return null;
      try {
        value = JSON.parse(value);
      } catch {
        return null;
      }
    }
    return typeof value === 'object' && value !== null ? (value as { eventName?: unknown }).eventName : null;
  };
  const listener = (event: MessageEvent) => {
    if (eventName(event.data) !== 'SET_CONTEXT') return;
    if (event.source === win.parent && serviceOrigin !== null && event.origin === serviceOrigin) return;
    event.stopImmediatePropagation();
  };
  win.addEventListener('message', listener, true);
  return () => win.removeEventListener('message', listener, true);
}
