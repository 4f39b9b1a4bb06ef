import { describe, expect, it } from 'vitest';
import { forProfile } from '../../../src/blueprint/field-access.ts';
import type { Blueprint } from '../../../src/blueprint/model.ts';
import { decodeBlueprint } from '../../../src/crm/decode/blueprint.ts';
import { decodeCurrentUser } from '../../../src/crm/decode/user.ts';
import { initialDrafts } from '../../../src/fields/drafts.ts';
import { encodeTransitionData, itemsOnlyInCrm } from '../../../src/fields/send-data.ts';
import sample from '../../fixtures/zoho-sample-get-blueprint.json';
import { kolkata as ctx } from '../fields/field-factory.ts';

/*
 * Field permissions (issue 12 part 2). Zoho CRM v7 "Get Blueprint"
 * (https://www.zoho.com/crm/developer/docs/api/v7/get-blueprint.html) gives each field `profiles[]` with a
 * `permission_type` (read_write, read_only, hidden), a `view_type` and `read_only` / `field_read_only`; the
 * current user's answer names their `profile: {name, id}` (docs/blueprint-api.md, "Field permissions").
 */
const SALES = '111';
const SUPPORT = '222';

function field(apiName: string, extra: Record<string, unknown>) {
  return { id: apiName, api_name: apiName, field_label: apiName, data_type: 'text', ...extra };
}

function blueprint(fields: unknown[]): Blueprint {
  const r = decodeBlueprint({
    blueprint: {
      process_info: { id: 'p', name: 'P', api_name: 'Stage', field_value: 'Open' },
      transitions: [{ id: 't1', name: 'Qualify', data: { Budget: 'high' }, fields }],
    },
  });
  if (r.kind !== 'blueprint') throw new Error('no blueprint');
  return r.blueprint;
}

const profiles = (sales: string, support: string) => [
  { id: SALES, name: 'Sales', permission_type: sales },
  { id: SUPPORT, name: 'Support', permission_type: support },
];

describe("a field as the current user's profile sees it", () => {
  const bp = blueprint([
    field('Budget', { profiles: profiles('read_only', 'read_write') }),
    field('Margin', { profiles: profiles('hidden', 'read_write') }),
    field('Notes_Field', { profiles: profiles('read_write', 'read_write') }),
  ]);

  it('is neither shown nor sent when hidden from the profile', () => {
    const t = forProfile(bp, SALES).transitions[0]!;
    expect(t.items.map((i) => (i.kind === 'field' ? i.apiName : i.kind))).toEqual(['Budget', 'Notes_Field']);
    const initial = initialDrafts(t.items, t.data, ctx.formats);
    const data = encodeTransitionData(t, { ...initial, Margin: '40', Notes_Field: 'x' }, initial, ctx);
    expect(data).not.toHaveProperty('Margin');
  });

  it('is shown read-only and not sent when the profile may only read it', () => {
    const t = forProfile(bp, SALES).transitions[0]!;
    expect(t.items[0]).toMatchObject({ apiName: 'Budget', readOnly: true, readOnlyForProfile: true });
    const initial = initialDrafts(t.items, t.data, ctx.formats);
    expect(encodeTransitionData(t, { ...initial, Budget: 'low' }, initial, ctx)).not.toHaveProperty('Budget');
  });

  it('stays editable for a profile allowed to write it, and for an unknown profile', () => {
    for (const id of [SUPPORT, null, 'other']) {
      const t = forProfile(bp, id).transitions[0]!;
      expect(t.items.find((i) => i.kind === 'field' && i.apiName === 'Budget')).toMatchObject({ readOnly: false });
    }
  });

  it('is read-only for everyone when the answer says read_only, field_read_only or view_type.edit false', () => {
    const ro = blueprint([
      field('A', { read_only: true }),
      field('B', { field_read_only: true }),
      field('C', { view_type: { view: true, edit: false } }),
    ]);
    expect(ro.transitions[0]!.items.map((i) => i.kind === 'field' && i.readOnly)).toEqual([true, true, true]);
  });

  it("is not hidden by `visible: false` alone: Zoho's own sample has it on editable multi-lookups", () => {
    const r = decodeBlueprint(sample);
    if (r.kind !== 'blueprint') throw new Error('no blueprint');
    const profileId = '1065415000000015972';
    const t = forProfile(r.blueprint, profileId).transitions[0]!;
    const lookups = t.items.filter((i) => i.kind === 'field');
    expect(lookups.map((i) => i.kind === 'field' && [i.apiName, i.readOnly])).toEqual([
      ['Multi_User_Lookup', false],
      ['Multi_Select_Lookup_Contacts', false],
    ]);
  });

  it('when mandatory but read-only and empty, can only be finished in the CRM', () => {
    const mandatory = blueprint([field('Budget', { mandatory: true, profiles: profiles('read_only', 'read_write') })]);
    const empty = forProfile(mandatory, SALES).transitions[0]!;
    expect(itemsOnlyInCrm(empty.items, { Budget: '' }).map((b) => b.key)).toEqual(['Budget']);
    // Where the record already holds a value, nothing is missing for the CRM.
    expect(itemsOnlyInCrm(empty.items, { Budget: 'high' })).toEqual([]);
    const writable = forProfile(mandatory, SUPPORT).transitions[0]!;
    expect(itemsOnlyInCrm(writable.items, { Budget: '' })).toEqual([]);
  });
});

describe('the current user answer', () => {
  it("gives the user's profile id", () => {
    const answer = { users: [{ id: 'u1', profile: { name: 'Sales', id: SALES }, locale: 'en_US' }] };
    expect(decodeCurrentUser(answer).profileId).toBe(SALES);
    expect(decodeCurrentUser({ users: [{}] }).profileId).toBeNull();
  });
});
