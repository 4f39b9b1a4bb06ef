import { describe, expect, it } from 'vitest';
import { splitGuidance } from '../../../src/settings/guidance-text.ts';

describe('splitGuidance', () => {
  it('keeps plain text, line breaks included, as one text part', () => {
    expect(splitGuidance('Call within a day.\nThen email.')).toEqual([
      { kind: 'text', text: 'Call within a day.\nThen email.' },
    ]);
  });

  it('makes http and https addresses into links between text parts', () => {
    expect(
      splitGuidance('Script: https://intranet.example/call?lang=en\nPricing at http://prices.example/2026 today'),
    ).toEqual([
      { kind: 'text', text: 'Script: ' },
      { kind: 'link', text: 'https://intranet.example/call?lang=en', href: 'https://intranet.example/call?lang=en' },
      { kind: 'text', text: '\nPricing at ' },
      { kind: 'link', text: 'http://prices.example/2026', href: 'http://prices.example/2026' },
      { kind: 'text', text: ' today' },
    ]);
  });

  it('leaves sentence punctuation and unmatched brackets after an address out of the link', () => {
    expect(splitGuidance('See https://a.example/x. Or (https://b.example/y_(z)), then stop!')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://a.example/x', href: 'https://a.example/x' },
      { kind: 'text', text: '. Or (' },
      { kind: 'link', text: 'https://b.example/y_(z)', href: 'https://b.example/y_(z)' },
      { kind: 'text', text: '), then stop!' },
    ]);
  });

  it('does not make javascript:, data: or other schemes into links', () => {
    for (const text of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<b>x</b>',
      'ftp://files.example/a',
      'mailto:a@b.example',
      'www.example.com',
    ]) {
      expect(splitGuidance(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('keeps markup as text, so it is shown rather than run', () => {
    const text = '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">click</a>';
    expect(splitGuidance(text)).toEqual([{ kind: 'text', text }]);
  });

  it('does not link an address with no host', () => {
    expect(splitGuidance('https://')).toEqual([{ kind: 'text', text: 'https://' }]);
  });

  it('gives nothing for empty guidance', () => {
    expect(splitGuidance('')).toEqual([]);
  });

  it('splits a 50,000-character adversarial address in well under a second, trimming it as for a short one', () => {
    // Closing brackets and sentence punctuation after an address each used to cost a recount of the whole address.
    const cases = [
      { tail: ')'.repeat(50_000), kept: '' },
      { tail: ').'.repeat(25_000), kept: '' },
      { tail: '(a)'.repeat(16_000) + ']'.repeat(2_000), kept: '(a)'.repeat(16_000) },
      { tail: '.'.repeat(50_000) + 'a', kept: '.'.repeat(50_000) + 'a' },
    ];
    for (const { tail, kept } of cases) {
      const text = `Go to https://a.example/${tail}`;
      const started = performance.now();
      const parts = splitGuidance(text);
      expect(performance.now() - started).toBeLessThan(1000);
      const address = `https://a.example/${kept}`;
      expect(parts[0]).toEqual({ kind: 'text', text: 'Go to ' });
      expect(parts[1]).toMatchObject({ kind: 'link', text: address });
      expect(parts.map((p) => p.text).join('')).toBe(text);
    }
  }, 120_000);
});
