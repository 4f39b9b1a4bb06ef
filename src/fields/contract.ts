import type { UserFormats } from '../blueprint/date-format.ts';
import type { FormItem } from '../blueprint/model.ts';
import type { Message } from '../i18n/message.ts';

/**
 * The field kinds' contract, domain half (README.md in this folder). Types only: it loads with the first
 * screen and weighs nothing. The view half (editor and read-only text) is in view-contract.ts.
 */

/** A record or user chosen in a lookup, or a file uploaded. */
export interface LookupChoice {
  id: string;
  name: string;
}

/** Files uploaded and links given for a transition's Attachments item. */
export interface AttachmentsDraft {
  files: LookupChoice[];
  links: string[];
}

/**
 * What an item holds while the rep types: the union of every kind's typed value, before it is checked and
 * encoded. Text-like, number and date fields hold the text as typed (dates in the user's own format);
 * picklists their actual value; multi-selects and checklists arrays of strings; lookups and files
 * LookupChoices. No raw JSON: a kind's `initial` decodes the record's value into it.
 */
export type DraftValue = string | boolean | string[] | LookupChoice | LookupChoice[] | AttachmentsDraft | null;

/** Draft values keyed by item key (a field's API name, or `Notes`, `CheckLists`, `Attachments`). */
export type Drafts = Record<string, DraftValue>;

/** What checks, encoders and views need to know about the user and the org. */
export interface FormContext {
  formats: UserFormats;
  /** The org's currency symbol, e.g. `$`, `€`. */
  currencySymbol: string;
}

/**
 * The record's values as the blueprint answer gives them (`Transition.data`), keyed by field API name. Only a
 * kind's `initial` reads it; past that, values are typed.
 */
export type RecordData = Record<string, unknown>;

/**
 * A kind's starting value: `<kind>/<kind>-value.ts` exports it as `value`. Loads with the first screen (the
 * reducer opens a form with it), so it stays small.
 */
export interface KindValue<I extends FormItem, V extends DraftValue> {
  /** The editor's starting value, decoded from the record's value (or the item's default). */
  initial(item: I, data: RecordData, formats: UserFormats): V;
}

/**
 * A kind's check and encoding: `<kind>/<kind>.ts` exports it as `logic`. Loads with the transition form.
 */
export interface KindLogic<I extends FormItem, V extends DraftValue> {
  /** The kind's own value from whatever the drafts hold (a restored draft may be of another shape). */
  read(value: DraftValue): V;
  /**
   * What is wrong with the value, or null. A field's check sees only a non-empty value of a field the rep may
   * edit (the form asks for required ones itself); a transition's own item sees every value and says itself
   * when a required one is missing.
   */
  check(item: I, value: V, ctx: FormContext): Message | null;
  /** The value for `updateBluePrint`'s `data` (docs/blueprint-api.md); undefined sends nothing. */
  encode(item: I, value: V, ctx: FormContext): unknown;
}
