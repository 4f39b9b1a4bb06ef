import { useEffect } from 'preact/hooks';
import type { CrmClient } from '../crm/crm-client.ts';

/** The width the widget asks for; the CRM narrows the popup to fit the screen. */
export const PREFERRED_WIDTH = 760;

/** Keeps the CRM's frame as tall as the widget's content, asking again whenever the content's height changes. */
export function useFrameResize(client: CrmClient): void {
  useEffect(() => {
    let last = 0;
    let frame = 0;
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
    observer.observe(document.documentElement);
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [client]);
}
