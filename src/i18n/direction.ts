/** Languages written right to left that the widget may show (Arabic, Hebrew; Persian and Urdu, should they ship). */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

/** The writing direction of a locale's texts: the page's `dir`, so the layout mirrors for Arabic and Hebrew. */
export function textDirection(locale: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
