/**
 * Work the first screen would otherwise do between the CRM's answers and its paint, done instead while the page
 * waits for those answers (issue 13): a fresh renderer reads a font's files the first time text is laid out in
 * it, which on the first screen cost tens of milliseconds of style and layout after the answers came.
 */

/** The faces widget.css sets text in (weight, style, size in px): the first screen uses most of them. */
const FACES: readonly (readonly [number, 'normal' | 'italic', number])[] = [
  [400, 'normal', 14],
  [400, 'normal', 13],
  [400, 'normal', 12],
  [400, 'italic', 13],
  [600, 'normal', 14],
  [600, 'normal', 15],
  [600, 'normal', 18],
  [700, 'normal', 14],
];

/**
 * Lays out a line of text in each face of the widget's font, out of sight (hidden, off the page, hidden from
 * assistive technology too) and gone again in the same task, so it is never painted.
 */
export function warmUpFonts(doc: Document): void {
  const box = doc.createElement('div');
  box.className = 'widget';
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden';
  for (const [weight, style, size] of FACES) {
    const line = doc.createElement('p');
    line.style.cssText = `font-weight:${weight};font-style:${style};font-size:${size}px`;
    line.textContent = 'Stage 0123456789 Qualified, Äöü';
    box.append(line);
  }
  doc.body.append(box);
  box.getBoundingClientRect();
  box.remove();
}
