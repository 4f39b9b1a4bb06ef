import { useEffect, useState } from 'preact/hooks';
import type { LoadedMessages } from '../i18n/load-messages.ts';
import { createTranslator, type Translate } from '../i18n/translate.ts';

/**
 * The translator for the wanted locale, once its texts are in (null until then, so a page shows its skeleton
 * rather than one language switching to another). Sets the document's language to the locale loaded.
 */
export function useTexts(wanted: string, loadMessages: (locale: string) => Promise<LoadedMessages>): Translate | null {
  const [texts, setTexts] = useState<{ wanted: string; translate: Translate } | null>(null);
  useEffect(() => {
    let live = true;
    void loadMessages(wanted).then(({ locale, messages }) => {
      if (!live) return;
      document.documentElement.lang = locale;
      setTexts({ wanted, translate: createTranslator(locale, messages, {}) });
    });
    return () => {
      live = false;
    };
  }, [wanted, loadMessages]);
  return texts !== null && texts.wanted === wanted ? texts.translate : null;
}
