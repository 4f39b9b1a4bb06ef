/** The writing direction of a locale's texts: the page's `dir`, so the layout mirrors for Arabic and Hebrew (and
 * Persian and Urdu, should they ship). */
export function textDirection(locale: string): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur)\b/i.test(locale) ? 'rtl' : 'ltr';
}
