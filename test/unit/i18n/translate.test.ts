import { describe, expect, it } from 'vitest';
import { messageLoader } from '../../../src/i18n/load-messages.ts';
import { createTranslator, localeCandidates } from '../../../src/i18n/translate.ts';

describe('createTranslator', () => {
  const t = createTranslator(
    'en-US',
    { hello: 'Hello {name}', 'items.one': '{count} item', 'items.other': '{count} items' },
    { bye: 'Bye' },
  );

  it("fills placeholders and picks the plural form from the count, with numbers in the locale's format", () => {
    expect(t('hello', { name: 'Ann' })).toBe('Hello Ann');
    expect(t('items', { count: 1 })).toBe('1 item');
    expect(t('items', { count: 1200 })).toBe('1,200 items');
    expect(t({ key: 'items', params: { count: 2 } })).toBe('2 items');
  });

  it('falls back to the fallback texts, then to the key, never to nothing', () => {
    expect(t('bye')).toBe('Bye');
    expect(t('nowhere')).toBe('nowhere');
  });
});

describe('choosing a translation file', () => {
  it('tries the most specific locale first and English last', () => {
    expect(localeCandidates('de-AT')).toEqual(['de-AT', 'de', 'en']);
    expect(localeCandidates('en-GB')).toEqual(['en-GB', 'en']);
  });

  it('loads the shipped language of a regional locale, and English for one not shipped or failing', async () => {
    const asked: string[] = [];
    const files: Record<string, string> = {
      './translations/de.json': '{"a":"A-de"}',
      './translations/en.json': '{"a":"A"}',
    };
    const load = messageLoader(async (url) => {
      asked.push(url);
      if (!(url in files)) throw new Error('404');
      return files[url]!;
    });
    expect(await load('de-CH')).toEqual({ locale: 'de', messages: { a: 'A-de' } });
    expect(await load('fr-FR')).toEqual({ locale: 'en', messages: { a: 'A' } });
    expect(await load('ja')).toEqual({ locale: 'en', messages: { a: 'A' } });
    expect(asked.filter((u) => u.endsWith('en.json'))).toHaveLength(1);
  });

  it('loads the settings page’s own file of texts, which has the texts only it shows', async () => {
    const asked: string[] = [];
    const load = messageLoader(async (url) => {
      asked.push(url);
      return '{"settings.save.button":"Save settings"}';
    }, 'settings');
    expect(await load('de-CH')).toEqual({ locale: 'de', messages: { 'settings.save.button': 'Save settings' } });
    expect(asked).toEqual(['./translations/settings-de.json']);
  });
});
