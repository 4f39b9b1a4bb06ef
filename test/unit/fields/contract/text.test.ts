import { describe, expect, it } from 'vitest';
import { kolkata as ctx } from '../field-factory.ts';
import { documentedField, openField, sentData } from './documented.ts';

/*
 * Contract: single-line text, multi-line text, email, phone and website (URL) fields.
 * Zoho CRM v7 "Insert Records" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html), "Sample
 * Attributes", each a JSON string: "Last_Name": "Mike O'Leary", "Multi_Line_1": "This is the first line \n Now
 * for the second Line", "Email_1": "p.boyle@zylker.com", "Phone_1": "91(987)654321", "URL":
 * "https://www.zylker.com". "Update Records" (…/v7/update-records.html) takes every type Insert Records does.
 */

const cases = [
  { type: 'text', api: 'Last_Name', label: 'Last Name', length: 255, value: "Mike O'Leary" },
  {
    type: 'textarea',
    api: 'Multi_Line_1',
    label: 'Multi Line 1',
    length: 2000,
    value: 'This is the first line \n Now for the second Line',
  },
  { type: 'email', api: 'Email_1', label: 'Email 1', length: 100, value: 'p.boyle@zylker.com' },
  { type: 'phone', api: 'Phone_1', label: 'Phone 1', length: 30, value: '91(987)654321' },
  { type: 'website', api: 'URL', label: 'URL', length: 255, value: 'https://www.zylker.com' },
] as const;

describe('text-like fields, against the documented examples', () => {
  for (const c of cases) {
    it(`a ${c.type} field starts with the record's text and is sent as the documented JSON string`, () => {
      const form = openField(
        documentedField(c.api, c.label, c.type, { json_type: 'string', length: c.length }),
        c.value,
        ctx.formats,
      );
      expect(form.initial).toEqual({ [c.api]: c.value });
      expect(sentData(form, { [c.api]: `  ${c.value}  ` }, ctx)).toEqual({ [c.api]: c.value });
    });
  }

  it('a phone number the rep types is sent as a string, never as a number', () => {
    const form = openField(
      documentedField('Phone_1', 'Phone 1', 'phone', { json_type: 'string', length: 30 }),
      null,
      ctx.formats,
    );
    expect(form.initial).toEqual({ Phone_1: '' });
    expect(sentData(form, { Phone_1: '9900000000' }, ctx)).toEqual({ Phone_1: '9900000000' });
  });

  it('a text the rep leaves empty is left out, not sent as ""', () => {
    const form = openField(
      documentedField('Last_Name', 'Last Name', 'text', { json_type: 'string' }),
      null,
      ctx.formats,
    );
    expect(sentData(form, { Last_Name: '   ' }, ctx)).toEqual({});
  });
});
