import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LoadedMessages } from '../i18n/load-messages.ts';
import { textDirection } from '../i18n/direction.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';

/** How long the page waits for the wanted locale's texts before it shows the texts it already has. */
export const TEXTS_GRACE_MS = 1500;

/**
 * The translator for the wanted locale, once its texts are in (null until then, so a page shows its skeleton
 * rather than one language switching to another). Texts already loaded (main.tsx starts fetching the user's as
 * soon as the CRM names their locale) are used in the same render, with no skeleton in between; when the wanted
 * texts are slow, the texts already shown (the browser's locale, or English) stay after TEXTS_GRACE_MS rather
 * than an empty page. Sets the document's language to the locale shown.
 */
export function useTexts(wanted: string, loadMessages: (locale: string) => Promise<LoadedMessages>): Translate | null {
  // Per wanted locale, the translator for the texts it came to (one per locale actually loaded: `de-AT` → `de`).
  const known = useRef(new Map<string, { locale: string; translate: Translate }>());
  const shown = useRef<{ locale: string; translate: Translate } | null>(null);
  const [, rendered] = useState(0);
  const [tired, setTired] = useState<string | null>(null);
  const hit = known.current.get(wanted);
  // A layout effect, not an effect: a locale whose texts are already loading resolves before the next paint.
  useLayoutEffect(() => {
    if (known.current.has(wanted)) return;
    let live = true;
    void loadMessages(wanted).then(({ locale, messages }) => {
      const same = [...known.current.values()].find((k) => k.locale === locale);
      known.current.set(wanted, same ?? { locale, translate: createTranslator(locale, messages, {}) });
      if (live) rendered((n) => n + 1);
    });
    const timer = setTimeout(() => live && setTired(wanted), TEXTS_GRACE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [wanted, loadMessages]);
  const texts = hit ?? (tired === wanted ? shown.current : null);
  if (texts) shown.current = texts;
  const locale = texts?.locale;
  useLayoutEffect(() => {
    if (!locale) return;
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
  }, [locale]);
  return texts?.translate ?? null;
}
