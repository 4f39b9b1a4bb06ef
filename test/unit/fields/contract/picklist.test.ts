import { describe, expect, it } from 'vitest';
import { kolkata as ctx } from '../field-factory.ts';
import { documentedField, openField, sentData } from './documented.ts';

/*
 * Contract: picklist and multi-select picklist fields.
 * Zoho CRM v7 "Insert Records" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html), "Sample
 * Attributes": a Picklist is a JSON string ("Industry": "automobile"); a Multi-select picklist a JSON array of
 * strings ("Courses_Opted": ["Analytics", "Big data"]); "Update Records" (…/v7/update-records.html) shows the
 * same array ("Foreign_Languages": ["Korean", "Spanish"]). The options are the field's `pick_list_values`
 * (`display_value`, `actual_value`, `sequence_number`), "-None-" first, as the Fields API gives them.
 */

function options(...values: [display: string, actual: string][]) {
  return [['-None-', '-None-'], ...values].map(([display, actual], i) => ({
    display_value: display,
    actual_value: actual,
    sequence_number: i + 1,
    colour_code: null,
    id: `${actual}-id`,
    type: 'used',
  }));
}

const industry = documentedField('Industry', 'Industry', 'picklist', {
  json_type: 'string',
  pick_list_values: options(['Automobile', 'automobile'], ['Banking', 'banking']),
});

const courses = documentedField('Courses_Opted', 'Courses Opted', 'multiselectpicklist', {
  json_type: 'jsonarray',
  pick_list_values: options(['Analytics', 'Analytics'], ['Big data', 'Big data'], ['Cloud', 'Cloud']),
});

describe('picklists, against the documented examples', () => {
  it("a picklist is sent as the documented string, the option's actual value", () => {
    const form = openField(industry, 'Banking', ctx.formats);
    expect(form.initial).toEqual({ Industry: 'banking' });
    expect(sentData(form, { Industry: 'automobile' }, ctx)).toEqual({ Industry: 'automobile' });
  });

  it('a picklist at "-None-" starts empty', () => {
    expect(openField(industry, '-None-', ctx.formats).initial).toEqual({ Industry: '' });
  });

  it("a multi-select picklist starts with the record's array of options", () => {
    expect(openField(courses, ['Analytics', 'Big data'], ctx.formats).initial).toEqual({
      Courses_Opted: ['Analytics', 'Big data'],
    });
  });

  it('a multi-select picklist is sent as the documented array of option values', () => {
    const form = openField(courses, [], ctx.formats);
    const data = sentData(form, { Courses_Opted: ['Analytics', 'Big data'] }, ctx);
    expect(JSON.stringify(data)).toBe('{"Courses_Opted":["Analytics","Big data"]}');
  });
});

describe('a picklist option with spaces around it (issue 21 section 3 item 4)', () => {
  const callType = documentedField('Call_Type', 'Call type', 'picklist', {
    json_type: 'string',
    pick_list_values: options(['Phone call ', 'Phone call '], [' Visit', ' Visit']),
  });

  it('is sent exactly as the CRM lists it, spaces and all', () => {
    const form = openField(callType, undefined, ctx.formats);
    expect(sentData(form, { Call_Type: 'Phone call ' }, ctx)).toEqual({ Call_Type: 'Phone call ' });
    expect(sentData(form, { Call_Type: ' Visit' }, ctx)).toEqual({ Call_Type: ' Visit' });
  });

  it("is the record's value when the record holds it, and sent unchanged when required", () => {
    const form = openField({ ...callType, mandatory: true }, 'Phone call ', ctx.formats);
    expect(form.initial).toEqual({ Call_Type: 'Phone call ' });
    expect(sentData(form, {}, ctx)).toEqual({ Call_Type: 'Phone call ' });
  });
});
