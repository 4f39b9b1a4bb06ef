import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDED_CODES } from '../../../src/blueprint/error-wording.ts';
import { SHIPPED_LOCALES } from '../../../src/i18n/load-messages.ts';
import type { IgnoredSetting, SettingsSource } from '../../../src/settings/settings-schema.ts';
import { ignoredSettingsMessages, settingsNoteMessage } from '../../../src/settings/settings-note-text.ts';
import { WORDED_FAILURES } from '../../../src/ui/describe-error.ts';

const DIR = 'src/translations';
const read = (locale: string): Record<string, string> => JSON.parse(readFileSync(join(DIR, `${locale}.json`), 'utf8'));
const en = read('en');
const PLURAL = /\.(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Texts whose count is a bare figure ("3 of 5", "(now 42)"), which no language inflects: every other text with a
 * `{count}` has plural forms, so Polish, Russian and Arabic can agree the noun with the number.
 */
const BARE_COUNTS = [
  'check.tooLong',
  'bulk.loading',
  'bulk.choiceCount',
  'bulk.stageCount',
  'transitions.parallelDone',
  // Bulk mode's counts beside a label, as in "Moved 3 · failed 0" ("result unknown 5").
  'bulk.count.late',
  'bulk.count.notSent',
  'bulk.count.unknown',
  'bulk.count.notApplicable',
];

/**
 * Whether a plural category of a locale stands for one count only (Arabic's `zero`, `one`, `two`; Hebrew's `one`,
 * `two`): its text may say the number in words ("سجلان", two records) rather than show `{count}`.
 */
function singleCount(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: 1001 }, (_, n) => rules.select(n)).filter((c) => c === category).length === 1;
}

/** Every key the code names: t('…'), tr('…'), msg('…') literals, plus the keys it builds from known parts. */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\b(?:t|tr|msg)\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(m[1]!);
      }
    }
  };
  walk('src');
  for (const code of [...WORDED_CODES, ...WORDED_FAILURES, 'other'])
    for (const part of ['title', 'fix']) used.add(`errors.${code}.${part}`);
  for (const status of ['done', 'current', 'upcoming']) used.add(`path.${status}`);
  // The admins' note on the settings builds its keys from the kind of problem and what was left out: asked of the
  // code itself, for every kind and every setting (a Record, so the type checker names any new one missing here).
  const sources: Record<Exclude<SettingsSource['kind'], 'stored'>, SettingsSource> = {
    missing: { kind: 'missing' },
    empty: { kind: 'empty' },
    'not-json': { kind: 'not-json' },
    invalid: { kind: 'invalid', problem: '' },
    partial: { kind: 'partial', ignored: [], problems: [] },
    newer: { kind: 'newer', version: 2 },
    unreadable: { kind: 'unreadable', reason: '' },
  };
  for (const source of Object.values(sources)) used.add(settingsNoteMessage(source)!.key);
  const ignored: Record<IgnoredSetting['what'], true> = {
    module: true,
    notModuleName: true,
    enabled: true,
    processField: true,
    afterTransition: true,
    states: true,
    hiddenTransitions: true,
    state: true,
    hiddenTransition: true,
    stateRepeated: true,
    stateHidden: true,
    stateClosing: true,
    stateGuidance: true,
    stateExpectedDays: true,
    stateKeyFields: true,
    stateKeyFieldsOverMax: true,
    stateKeyField: true,
    stateKeyFieldUnknown: true,
    process: true,
  };
  const all = Object.keys(ignored).map(
    (what) => ({ module: 'Leads', what, position: 1, state: 'A', process: '1' }) as IgnoredSetting,
  );
  for (const m of ignoredSettingsMessages({ kind: 'partial', ignored: all, problems: [] })) used.add(m.key);
  return used;
}

describe('translations', () => {
  it('ship a file for every locale the widget offers, and nothing else', () => {
    expect(readdirSync(DIR).sort()).toEqual(SHIPPED_LOCALES.map((l) => `${l}.json`).sort());
  });

  it('have an English text for every key the code uses', () => {
    const bases = new Set(Object.keys(en).map(base));
    const missing = [...keysUsedInCode()].filter((k) => !bases.has(k));
    expect(missing).toEqual([]);
  });

  it('give every text that counts something plural forms, so each language can agree the noun with the number', () => {
    const counted = Object.keys(en).filter((k) => en[k]!.includes('{count}') && !PLURAL.test(k));
    expect(counted.sort()).toEqual([...BARE_COUNTS].sort());
  });

  for (const locale of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
    it(`are complete in ${locale}: every key, every plural form the language needs, the same placeholders`, () => {
      const texts = read(locale);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const problems: string[] = [];
      for (const key of new Set(Object.keys(en).map(base))) {
        const plural = Object.keys(en).some((k) => k !== key && base(k) === key);
        const needed = plural ? categories.map((c) => `${key}.${c}`) : [key];
        for (const k of needed) {
          const text = texts[k];
          if (text === undefined || text.trim() === '') {
            problems.push(`missing ${k}`);
            continue;
          }
          const english = en[k] ?? en[`${key}.other`] ?? '';
          const category = plural ? k.slice(key.length + 1) : '';
          const same = (a: string, b: string) => placeholders(a).join() === placeholders(b).join();
          const inWords = plural && singleCount(locale, category) && same(text, english.replace('{count}', ''));
          if (!same(text, english) && !inWords) problems.push(`placeholders differ in ${k}`);
        }
      }
      for (const k of Object.keys(texts)) {
        if (!Object.keys(en).some((e) => base(e) === base(k))) problems.push(`unknown key ${k}`);
        const form = PLURAL.exec(k)?.[1];
        if (form && !categories.includes(form as Intl.LDMLPluralRule))
          problems.push(`form ${k} the language never uses`);
      }
      expect(problems).toEqual([]);
    });
  }
});
