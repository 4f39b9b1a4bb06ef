/** Colours from the CRM (picklist `colour_code`, transition `color_code`) made safe to put text on. */

/** `#rgb` or `#rrggbb` as 0–255 channels, or null for anything else. */
export function parseHex(colour: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: [number, number, number] = [255, 255, 255];
const INK: [number, number, number] = [31, 41, 55];
const toHex = (c: [number, number, number]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * A background from the CRM's colour and the text colour to go on it, at least 4.5:1 apart (WCAG AA): white or
 * dark ink, whichever reads better; a mid-tone the CRM gives is darkened until white text reads on it. Null for
 * a colour that cannot be read.
 */
export function readableOn(colour: string | null): { background: string; text: string } | null {
  let rgb = colour ? parseHex(colour) : null;
  if (!rgb) return null;
  if (contrast(rgb, INK) >= 4.5 && contrast(rgb, INK) >= contrast(rgb, WHITE))
    return { background: toHex(rgb), text: toHex(INK) };
  for (let i = 0; i < 20 && contrast(rgb, WHITE) < 4.5; i++) rgb = rgb.map((v) => v * 0.9) as [number, number, number];
  return { background: toHex(rgb), text: '#ffffff' };
}
