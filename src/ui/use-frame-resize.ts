import { useEffect } from 'preact/hooks';
import type { CrmClient } from '../crm/crm-client.ts';

/** The width the widget asks for; the CRM narrows the popup to fit the screen. */
export const PREFERRED_WIDTH = 760;

/** For a page that renders only once connected (bulk mode): one promise, so the effect does not run again each render. */
const ALREADY: Promise<unknown> = Promise.resolve();

/**
 * Keeps the CRM's frame as tall as the widget's content, asking again whenever the content's height changes.
 * `connected` resolves once the SDK has the CRM's context (PageLoad): a UI call made before it throws in the SDK
 * (docs/zoho-sdk.md) and would be lost, and the skeleton's height would then never be asked for, its height
 * not changing again until the stepper came.
 */
export function useFrameResize(client: CrmClient, connected: Promise<unknown> = ALREADY): void {
  useEffect(() => {
    let last = 0;
    let frame = 0;
    let live = true;
    const measure = () => {
      frame = 0;
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last || height === 0) return;
      last = height;
      void client.resize({ height, width: PREFERRED_WIDTH });
    };
    const observer = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(measure);
    });
    // A page that never connects never resizes: the CRM's popup keeps its own size.
    connected.then(
      () => live && observer.observe(document.documentElement),
      () => undefined,
    );
    return () => {
      live = false;
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [client, connected]);
}
