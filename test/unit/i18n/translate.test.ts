import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../src/i18n/direction.ts';
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
    expect(await load('sv-SE')).toEqual({ locale: 'en', messages: { a: 'A' } });
    expect(await load('ja')).toEqual({ locale: 'en', messages: { a: 'A' } });
    expect(asked.filter((u) => u.endsWith('en.json'))).toHaveLength(1);
  });

  it('serves Portuguese and Simplified Chinese to every variant of their language but Traditional Chinese', async () => {
    const load = messageLoader(async (url) => `{"file":"${url}"}`);
    const file = async (locale: string) => (await load(locale)).locale;
    expect(await Promise.all(['pt-BR', 'pt-PT', 'zh-CN', 'zh-Hans-SG', 'zh-TW', 'zh-Hant-HK'].map(file))).toEqual([
      'pt',
      'pt',
      'zh',
      'zh',
      'en',
      'en',
    ]);
    expect(await Promise.all(['ar-EG', 'he-IL', 'fr-CA'].map(file))).toEqual(['ar', 'he', 'fr']);
  });

  it('lays the form’s texts over the texts loaded, which a translator made before sees', async () => {
    const load = messageLoader(async (url) => JSON.stringify({ [url.replace(/.*\/|\.json/g, '')]: url }));
    const de = await load('de-DE');
    const t = createTranslator(de.locale, de.messages, {});
    expect(t('form-de')).toBe('form-de');
    await load.also('form');
    expect(t('form-de')).toBe('./translations/form-de.json');
    expect(t('de')).toBe('./translations/de.json');
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

describe('texts in languages with more plural forms, and right to left', () => {
  const file = (locale: string) => JSON.parse(readFileSync(`src/translations/${locale}.json`, 'utf8'));

  it('agrees the noun with the number: Polish has three forms, Arabic six', () => {
    const pl = createTranslator('pl', file('pl'), {});
    expect([1, 3, 5, 22, 25].map((count) => pl('bulk.formTitle', { name: 'X', count }))).toEqual([
      'X · 1 rekord',
      'X · 3 rekordy',
      'X · 5 rekordów',
      'X · 22 rekordy',
      'X · 25 rekordów',
    ]);
    const ar = createTranslator('ar', file('ar'), {});
    const days = [1, 2, 3, 11, 100].map((count) => ar('path.daysInStage', { count }));
    // Figures as Arabic writes them where the runtime's Intl says so (٣ or 3).
    const n = (count: number) => new Intl.NumberFormat('ar').format(count);
    expect(days).toEqual([
      'يوم واحد في هذه المرحلة',
      'يومان في هذه المرحلة',
      `${n(3)} أيام في هذه المرحلة`,
      `${n(11)} يومًا في هذه المرحلة`,
      `${n(100)} يوم في هذه المرحلة`,
    ]);
  });

  it('isolates a CRM name in its own direction inside Arabic or Hebrew text, and leaves other languages alone', () => {
    expect(createTranslator('ar', { moved: 'نُقل إلى {state}.' }, {})('moved', { state: 'Closed Won.' })).toBe(
      'نُقل إلى \u2068Closed Won.\u2069.',
    );
    expect(createTranslator('fr', { moved: 'Passé à {state}.' }, {})('moved', { state: 'Won' })).toBe('Passé à Won.');
  });

  it('writes Arabic and Hebrew right to left, and every other language left to right', () => {
    expect(['ar', 'ar-EG', 'he', 'he-IL'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'fr', 'zh-CN', 'ja'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});
