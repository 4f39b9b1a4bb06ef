import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrmClient } from '../../../src/crm/crm-client.ts';
import { PREFERRED_WIDTH, useFrameResize } from '../../../src/ui/use-frame-resize.ts';

/**
 * What the CRM is asked for as the widget's content changes height (UI.Resize). jsdom lays nothing out: the
 * page's height is set by hand, and a ResizeObserver stand-in reports, as the browser's does, once when a page
 * starts observing and again when the test says the content changed.
 */
let height = 0;
const observers = new Set<{ fire(): void }>();

class FakeResizeObserver {
  private live = false;
  constructor(private readonly callback: () => void) {}
  observe() {
    this.live = true;
    observers.add(this);
    this.callback();
  }
  unobserve() {}
  disconnect() {
    this.live = false;
    observers.delete(this);
  }
  fire() {
    if (this.live) this.callback();
  }
}

/** The content grows to `next` px, and every observer hears it. */
function contentBecomes(next: number): void {
  height = next;
  act(() => observers.forEach((o) => o.fire()));
}

function Page(props: { client: CrmClient; connected?: Promise<unknown>; tick: number }) {
  useFrameResize(props.client, ...(props.connected ? [props.connected] : []));
  return <p>{props.tick}</p>;
}

const asked = (resize: ReturnType<typeof vi.fn>) =>
  resize.mock.calls.map(([size]) => (size as { height: number }).height);

beforeEach(() => {
  height = 0;
  observers.clear();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  // The measure runs in the next frame: at once here (and, being done, leaves no frame pending: id 0).
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => (run(0), 0));
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the widget asks the CRM for its height', () => {
  it('only once PageLoad has come: a UI call before the CRM context would be lost', async () => {
    const resize = vi.fn(async () => undefined);
    let connect: () => void = () => undefined;
    const connected = new Promise<void>((resolve) => (connect = resolve));
    height = 180;
    render(<Page client={{ resize } as unknown as CrmClient} connected={connected} tick={0} />);
    contentBecomes(190);
    expect(resize).not.toHaveBeenCalled();

    await act(async () => connect());
    expect(resize).toHaveBeenCalledWith({ height: 190, width: PREFERRED_WIDTH });
    contentBecomes(420);
    expect(asked(resize)).toEqual([190, 420]);
  });

  it('once per height, however often the page renders', async () => {
    const resize = vi.fn(async () => undefined);
    const client = { resize } as unknown as CrmClient;
    height = 300;
    const { rerender } = render(<Page client={client} tick={0} />);
    await act(async () => undefined);
    for (let tick = 1; tick <= 3; tick++) {
      rerender(<Page client={client} tick={tick} />);
      await act(async () => undefined);
    }
    contentBecomes(300);
    contentBecomes(360);
    expect(asked(resize)).toEqual([300, 360]);
  });
});
