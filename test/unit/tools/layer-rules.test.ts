// @vitest-environment node
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

/** The project's rules, as `npm run lint:layers` reads them. */
const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as IConfiguration;

/** A small tree with one deliberate breach of each kind of rule (its files say which). */
const FIXTURE = 'test/fixtures/layers';

/** "rule: from → to" for every breach the rules find in the fixture tree. */
async function breaches(): Promise<string[]> {
  const { output } = await cruise(
    ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    {
      ...config.options,
      exclude: { path: 'node_modules' },
      baseDir: FIXTURE,
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
    },
    { extensions: ['.ts', '.tsx', '.js', '.json'] },
  );
  const result = output as ICruiseResult;
  return (result.summary.violations ?? []).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('the layer rules', () => {
  it('find each breach in a tree of .ts and .tsx files, type-only imports included, and nothing else', async () => {
    expect(await breaches()).toEqual([
      'crm-only-through-its-face: src/ui/panel.tsx → src/crm/zoho-client.ts',
      'every-file-in-a-layer: src/loose/helper.ts → src/i18n/message.ts',
      'layer-blueprint: src/blueprint/draft.ts → src/i18n/translate.ts',
      'layer-blueprint: src/blueprint/draft.ts → src/ui/panel.tsx',
      'layer-fields: src/fields/text/check.ts → src/fields/text/view.tsx',
      'layer-message: src/i18n/message.ts → src/i18n/translate.ts',
      'no-circular: src/i18n/message.ts → src/i18n/translate.ts',
      'no-circular: src/settings/a.ts → src/settings/b.ts',
      'simulator-imports-no-src: test/crm-sim/host.ts → src/blueprint/draft.ts',
    ]);
  }, 60_000);
});
