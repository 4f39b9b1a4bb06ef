import type { FormContext } from '../../../src/fields/contract.ts';
import type { FieldItem, FieldType } from '../../../src/blueprint/model.ts';

/** A field item for tests: a type and the overrides that matter to the test. */
export function field(type: FieldType, over: Partial<FieldItem> = {}): FieldItem {
  const apiName = over.apiName ?? `F_${type}`;
  return {
    kind: 'field',
    id: apiName,
    apiName,
    label: over.label ?? apiName,
    type,
    rawType: type,
    required: false,
    readOnly: false,
    maxLength: null,
    decimalPlaces: null,
    tooltip: null,
    options: [],
    lookupModule: null,
    connectedLookupApiName: null,
    ...over,
  };
}

/** A user in Kolkata writing dates as dd/MM/yyyy, with the org in euros. */
export const kolkata: FormContext = {
  formats: { locale: 'en-IN', timeZone: 'Asia/Kolkata', dateFormat: 'dd/MM/yyyy', timeFormat: 'hh:mm a' },
  currencySymbol: '€',
};
