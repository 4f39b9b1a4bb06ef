import { describe, expect, it } from 'vitest';
import { KNOWN_FIELD_TYPES, type FieldType } from '../../../src/blueprint/model.ts';
import { initialDrafts } from '../../../src/fields/drafts.ts';
import { logicOf } from '../../../src/fields/kind-logic.ts';
import { viewOf } from '../../../src/fields/kind-views.ts';
import { KIND_OF_TYPE, kindOf, valueOf, type KindName } from '../../../src/fields/registry.ts';
import { field, kolkata as ctx } from './field-factory.ts';

const ALL_TYPES: FieldType[] = [...KNOWN_FIELD_TYPES, 'other'];
const OWN_ITEM_KINDS: KindName[] = ['notes', 'checklist', 'attachments'];

describe('the field kind registry', () => {
  it('gives every field type of the model a kind', () => {
    for (const type of ALL_TYPES) expect(KIND_OF_TYPE[type], type).toEqual(expect.any(String));
    expect(Object.keys(KIND_OF_TYPE).sort()).toEqual([...ALL_TYPES].sort());
  });

  it('finds a starting value, a check and encoding, and a view for every kind it names', () => {
    const kinds = new Set<KindName>([...Object.values(KIND_OF_TYPE), ...OWN_ITEM_KINDS]);
    for (const kind of kinds) {
      expect(typeof valueOf(kind).initial, kind).toBe('function');
      expect(typeof logicOf(kind).check, kind).toBe('function');
      expect(typeof logicOf(kind).encode, kind).toBe('function');
      expect(typeof viewOf(kind).shown, kind).toBe('function');
    }
  });

  it('gives every type an editor but the computed ones and those it does not know', () => {
    const withoutEditor = ALL_TYPES.filter((type) => viewOf(KIND_OF_TYPE[type]).Editor === null);
    expect(withoutEditor.sort()).toEqual(['autonumber', 'formula', 'other']);
  });

  it('maps a type the widget does not know to the read-only `other` kind, which sends nothing', () => {
    const unknown = field('other', { apiName: 'Rollup', rawType: 'rollup_summary' });
    expect(kindOf(unknown)).toBe('other');
    expect(viewOf('other').Editor).toBeNull();
    const drafts = initialDrafts([unknown], { Rollup: { name: 'Acme', id: '7' } }, ctx.formats);
    expect(
      viewOf('other').shown(unknown, logicOf('other').read(drafts.Rollup ?? null), ctx, (key) => String(key)),
    ).toBe('Acme');
    expect(logicOf('other').encode(unknown, 'Acme', ctx)).toBeUndefined();
  });

  it("maps the transition's own items to their kinds, and guidance to none", () => {
    expect(kindOf({ kind: 'notes', required: false })).toBe('notes');
    expect(kindOf({ kind: 'checklist', label: 'L', entries: [], required: false })).toBe('checklist');
    expect(kindOf({ kind: 'attachments', required: false })).toBe('attachments');
    expect(kindOf({ kind: 'message', content: 'Read me' })).toBeNull();
  });
});
