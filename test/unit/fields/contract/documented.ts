import type { UserFormats } from '../../../../src/blueprint/date-format.ts';
import type { FormItem, Transition } from '../../../../src/blueprint/model.ts';
import { decodeBlueprint } from '../../../../src/crm/decode/blueprint.ts';
import type { Drafts, FormContext } from '../../../../src/fields/contract.ts';
import { initialDrafts, itemKey } from '../../../../src/fields/drafts.ts';
import { prepareSend } from '../../../../src/fields/prepare-send.ts';
import sample from '../../../fixtures/zoho-sample-get-blueprint.json';

/**
 * The contract tests' path through the widget's real code: Zoho's documented blueprint answer (the sample of
 * "Get Blueprint Data", https://www.zoho.com/crm/developer/docs/api/v7/blueprint-details.html, kept in
 * test/fixtures/zoho-sample-get-blueprint.json) with a field of the type under test, decoded by
 * src/crm/decode/blueprint.ts; the editor's starting values from the kinds; and the `data` of updateBluePrint
 * from prepare-send.ts, the send flow's own preparation (zoho-crm-client.test.ts checks the envelope
 * `{blueprint: [{transition_id, data}]}` around it). docs/blueprint-api.md lists the sources per type.
 */

type Json = Record<string, unknown>;

const [establishContact] = sample.blueprint.transitions;
const { multiuserlookup: _ownKeys, ...documentedKeys }: Json = establishContact!.fields[0]! as unknown as Json;

/**
 * A field as the Get Blueprint sample gives one: every key of the sample's first field (profiles, view_type,
 * `_type: "fields"`, …), with the type's own keys over them (data_type, json_type, and e.g. `currency`,
 * `pick_list_values`, `lookup` as the Fields API documents them).
 */
export function documentedField(apiName: string, label: string, dataType: string, own: Json = {}): Json {
  return {
    ...documentedKeys,
    id: `${apiName}-id`,
    api_name: apiName,
    field_label: label,
    display_label: label,
    data_type: dataType,
    ...own,
  };
}

/** The sample's first transition ("Establish contact") asking for `fields`, the record holding `data`. */
export function documentedAnswer(fields: Json[], data: Json): Json {
  return {
    blueprint: {
      process_info: sample.blueprint.process_info,
      transitions: [{ ...establishContact, data, fields }],
    },
  };
}

/** A transition form as the rep opens it: the decoded transition and its editors' starting values. */
export interface OpenedForm {
  transition: Transition;
  initial: Drafts;
}

/** Decodes a documented answer and opens its one transition's form for a user writing as `formats` says. */
export function openForm(answer: Json, formats: UserFormats): OpenedForm {
  const decoded = decodeBlueprint(answer);
  if (decoded.kind !== 'blueprint') throw new Error(`not a blueprint: ${JSON.stringify(decoded)}`);
  const transition = decoded.blueprint.transitions[0]!;
  return { transition, initial: initialDrafts(transition.items, transition.data, formats) };
}

/** The one field of a documented answer with `field` asking for it, opened with the record holding `value`. */
export function openField(field: Json, value: unknown, formats: UserFormats): OpenedForm & { item: FormItem } {
  const form = openForm(
    documentedAnswer([field], value === undefined ? {} : { [String(field.api_name)]: value }),
    formats,
  );
  return { ...form, item: form.transition.items[0]! };
}

/**
 * The `data` updateBluePrint receives when the rep completes the form after typing `typed` (by item key) over
 * the starting values. Throws with the form's own messages when something stops the send, so a test that
 * expects data never passes on an empty object.
 */
export function sentData(form: OpenedForm, typed: Drafts, ctx: FormContext): Record<string, unknown> {
  const prepared = prepareSend(
    { transition: form.transition, drafts: { ...form.initial, ...typed }, initial: form.initial },
    ctx,
    'complete',
  );
  if (prepared.stopping.length > 0)
    throw new Error(`the send was stopped: ${JSON.stringify(prepared.stopping.map((s) => s.problem))}`);
  return prepared.data;
}

/** The key of the form's one item in the drafts and in `data`. */
export function keyOf(form: { item: FormItem }): string {
  const key = itemKey(form.item);
  if (!key) throw new Error('the item takes no value');
  return key;
}

/** A user in Berlin writing `27.11.2026 15:30` and `1.234,5`, with the org in euros. */
export const berlin: FormContext = {
  formats: { locale: 'de-DE', timeZone: 'Europe/Berlin', dateFormat: 'dd.MM.yyyy', timeFormat: 'HH:mm' },
  currencySymbol: '€',
};
