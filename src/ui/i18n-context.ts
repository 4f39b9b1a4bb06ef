import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translate } from '../i18n/translate.ts';

/** The translator of the user's locale; until texts load, keys show (never seen: the skeleton covers loading). */
export const TranslateContext = createContext<Translate>(createTranslator('en', {}, {}));

/** The translator, in a component. */
export function useT(): Translate {
  return useContext(TranslateContext);
}
