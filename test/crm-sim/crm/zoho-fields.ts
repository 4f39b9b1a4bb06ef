/**
 * Builders for Zoho field metadata in the shape the Fields API and the blueprint GET send it (keys copied from
 * the sample response of Zoho's blueprint API page, test/fixtures/zoho-sample-get-blueprint.json), so fixtures stay short and every field carries
 * the full, noisy key set a real CRM sends.
 */

/** One value of a picklist, as Zoho sends it. */
export interface PicklistValue {
  display_value: string;
  actual_value: string;
  sequence_number: number;
  colour_code: string | null;
  id: string;
  type: 'used';
  maps: unknown[];
}

/** The link of a multi-select lookup or multi-user lookup field to its linking module. */
export interface MultiLookupMeta {
  display_label: string;
  linking_module: string;
  lookup_apiname: string;
  connected_module: string | null;
  api_name: string;
  connectedlookup_apiname: string;
  id: string;
}

/** A field or special item of a transition (or of META.getFields), loosely typed like Zoho's JSON. */
export interface FieldMeta {
  _type: string;
  id: string;
  data_type: string;
  api_name?: string;
  field_label?: string | null;
  display_label: string | null;
  column_name: string | null;
  mandatory?: boolean;
  system_mandatory?: boolean;
  read_only?: boolean;
  field_read_only?: boolean;
  length?: number | null;
  decimal_place?: number | null;
  pick_list_values?: PicklistValue[];
  currency?: { precision?: number; rounding_option?: string };
  lookup?: { module?: { api_name: string; id: string }; display_label?: string };
  multiselectlookup?: MultiLookupMeta;
  multiuserlookup?: MultiLookupMeta;
  content?: unknown;
  transition_sequence?: number;
  [key: string]: unknown;
}

const JSON_TYPES: Record<string, string> = {
  integer: 'integer',
  // The Fields API's own sample gives long integers `json_type: "string"`.
  bigint: 'string',
  double: 'double',
  currency: 'double',
  percent: 'double',
  formula: 'double',
  boolean: 'boolean',
  lookup: 'jsonobject',
  ownerlookup: 'jsonobject',
  userlookup: 'jsonobject',
  multiselectpicklist: 'jsonarray',
  multiselectlookup: 'jsonarray',
  multiuserlookup: 'jsonarray',
  fileupload: 'jsonarray',
};

const LENGTHS: Record<string, number> = {
  text: 255,
  textarea: 2000,
  email: 100,
  phone: 30,
  website: 255,
  picklist: 120,
  multiselectpicklist: 2000,
  integer: 9,
  bigint: 18,
  double: 16,
  currency: 16,
  percent: 5,
  date: 20,
  datetime: 120,
  boolean: 5,
};

/** Options of `field()`: anything not given gets the value Zoho sends for a plain custom field. */
export type FieldOptions = Partial<FieldMeta> & { tip?: string; values?: string[] };

/** A real field (`_type: "fields"`) with Zoho's full key set. `values` builds a picklist in the given order. */
export function field(
  id: string,
  apiName: string,
  label: string,
  dataType: string,
  options: FieldOptions = {},
): FieldMeta {
  const { tip, values, ...rest } = options;
  return {
    system_mandatory: false,
    private: null,
    webhook: false,
    json_type: JSON_TYPES[dataType] ?? 'string',
    crypt: null,
    field_label: label,
    tooltip: tip ? { name: 'Info Icon', value: tip } : null,
    created_source: 'default',
    layouts: { name: 'Standard', id: '4876876000000091055' },
    field_read_only: false,
    content: [],
    display_label: label,
    display_type: -1,
    validation_rule: null,
    read_only: false,
    association_details: null,
    multi_module_lookup: {},
    currency: {},
    id,
    custom_field: true,
    lookup: {},
    visible: true,
    length: LENGTHS[dataType] ?? null,
    column_name: apiName.toUpperCase(),
    _type: 'fields',
    view_type: { view: true, edit: true, quick_create: false, create: true },
    pick_list_values_sorted_lexically: false,
    sortable: true,
    external: null,
    api_name: apiName,
    unique: {},
    history_tracking: null,
    data_type: dataType,
    formula: {},
    decimal_place: null,
    pick_list_values: values ? values.map((value, i) => pick(id, value, i + 1)) : [],
    auto_number: {},
    mandatory: false,
    ...rest,
  };
}

/** A picklist value whose display and actual values are the same, as for Zoho's standard values. */
export function pick(fieldId: string, value: string, sequence: number, colour: string | null = null): PicklistValue {
  return {
    display_value: value,
    actual_value: value,
    sequence_number: sequence,
    colour_code: colour,
    id: `${fieldId.slice(0, 15)}${String(sequence).padStart(4, '0')}`,
    type: 'used',
    maps: [],
  };
}

/** The shape every special (non-field) item shares: `id: "0"`, no column. */
function special(dataType: string, extra: Partial<FieldMeta>): FieldMeta {
  return {
    _type: dataType,
    id: '0',
    data_type: dataType,
    display_label: null,
    column_name: null,
    personality_name: null,
    layouts: null,
    ...extra,
  };
}

/** Guidance text the CRM shows on a transition's form. */
export function message(content: string): FieldMeta {
  return special('message', { content, mandatory: false });
}

/** The transition's Notes box; its value is sent as `"Notes": "text"`. */
export function notes(mandatory: boolean): FieldMeta {
  return special('notes', { api_name: 'Notes', field_label: 'Notes', display_label: 'Notes', mandatory });
}

/** The transition's checklist; each item is sent as `{ "item text": true }` inside `"CheckLists"`. */
export function checklist(items: string[], mandatory: boolean): FieldMeta {
  const content = items.map((item, i) => ({ item, sequence_number: i + 1 }));
  return special('checklist', {
    api_name: 'CheckLists',
    field_label: 'Checklists',
    display_label: 'Checklists',
    content,
    mandatory,
  });
}

/** The transition's attachments; sent as `"Attachments": [{ "$file_id": [...] }, { "$link_url": "…" }]`. */
export function attachments(mandatory: boolean): FieldMeta {
  return special('attachments', {
    api_name: 'Attachments',
    field_label: 'Attachments',
    display_label: 'Attachments',
    mandatory,
  });
}

/** A nested widget the CRM must render, exactly as in Zoho's sample; its `data.widget` is echoed back. */
export function widget(): FieldMeta {
  return special('widget', { mandatory: true });
}
