/**
 * A real org's field list for the `bigFields` knob (README.md): a module's own fields, then generated custom
 * fields up to the count asked, each with the whole key set of the sample in Zoho's blueprint API page (layout,
 * view types, the three profiles' permissions, conversion mapping, a tooltip now and then) and a mix of types
 * with picklists of a dozen values. 160 fields come to about 250 KB of JSON, as a Deals module in a real org
 * that has grown custom fields for a few years.
 */
import { field, type FieldMeta } from '../crm/zoho-fields.ts';

/** The profiles every field lists, as in Zoho's sample: each with its permission on the field. */
const PROFILES = [
  { permission_type: 'read_write', name: 'Administrator', id: '4876876000000015972' },
  { permission_type: 'read_write', name: 'Standard', id: '4876876000000015975' },
  { permission_type: 'read_only', name: 'Sales rep (limited)', id: '4876876000003074751' },
];

/** The types a grown org's custom fields come in, by turns. */
const KINDS = ['text', 'picklist', 'date', 'currency', 'textarea', 'picklist', 'integer', 'boolean', 'email', 'text'];

const WORDS = ['Region', 'Segment', 'Channel', 'Tier', 'Source', 'Partner', 'Product line', 'Territory', 'Reason'];

/** `count` fields: `own` first, then generated ones (ids and api names that no seed field uses). */
export function bigFieldList(own: readonly FieldMeta[], count: number): FieldMeta[] {
  const out: FieldMeta[] = own.map((f) => ({ ...f, profiles: PROFILES }));
  for (let i = out.length; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const word = WORDS[i % WORDS.length]!;
    const label = `${word} ${i}`;
    const id = `48768760000099${String(i).padStart(5, '0')}`;
    out.push(
      field(id, `Custom_${word.replace(/ /g, '_')}_${i}`, label, kind, {
        profiles: PROFILES,
        convert_mapping: { Contacts: null, Deals: null, Accounts: null },
        created_source: 'crm',
        ...(i % 4 === 0 ? { tip: `What the team records as ${label.toLowerCase()} for reports.` } : {}),
        ...(kind === 'picklist'
          ? { values: ['-None-', ...Array.from({ length: 12 }, (_, n) => `${word} option ${n + 1}`)] }
          : {}),
        ...(kind === 'currency' ? { currency: { precision: 2, rounding_option: 'normal' }, decimal_place: 2 } : {}),
      }),
    );
  }
  return out;
}
