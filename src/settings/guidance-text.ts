/**
 * Guidance is plain text that an admin typed; the only thing turned into markup is an http(s) address, and only
 * by the caller creating a link element from a part. Nothing here produces HTML, so nothing can inject any.
 */

/** A piece of guidance: text as typed (line breaks included), or a web address to show as a link. */
export type GuidancePart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Only explicit http:// and https:// addresses; "javascript:", "data:" and bare "www." stay text.
const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence rather than the address ("see https://x.example/a.").
const TRAILING = '.,;:!?';

/** Splits guidance into text and link parts, in order; adjacent text is merged. */
export function splitGuidance(text: string): GuidancePart[] {
  const parts: GuidancePart[] = [];
  const pushText = (t: string) => {
    if (t === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += t;
    else parts.push({ kind: 'text', text: t });
  };
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    const address = trimAddress(match[0]);
    const href = safeHref(address);
    pushText(text.slice(at, start));
    if (href) parts.push({ kind: 'link', text: address, href });
    else pushText(address);
    at = start + address.length;
  }
  pushText(text.slice(at));
  return parts;
}

/**
 * Drops sentence punctuation and unmatched closing brackets from the end of an address, one character at a time
 * from the end, with the brackets counted once: linear in the address's length, however it is built.
 */
function trimAddress(address: string): string {
  let opens = 0;
  let closes = 0;
  let openSquares = 0;
  let closeSquares = 0;
  for (const ch of address) {
    if (ch === '(') opens++;
    else if (ch === ')') closes++;
    else if (ch === '[') openSquares++;
    else if (ch === ']') closeSquares++;
  }
  let end = address.length;
  while (end > 0) {
    const ch = address[end - 1];
    if (ch !== undefined && TRAILING.includes(ch)) end--;
    else if (ch === ')' && opens < closes) {
      closes--;
      end--;
    } else if (ch === ']' && openSquares < closeSquares) {
      closeSquares--;
      end--;
    } else break;
  }
  return address.slice(0, end);
}

/** The address as a link target, if the URL parser agrees it is http(s) with a host; null otherwise. */
function safeHref(address: string): string | null {
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url.href : null;
  } catch {
    return null;
  }
}
