import { describe, expect, it } from 'vitest';
import { kolkata as ctx } from '../field-factory.ts';
import { documentedField, openField, sentData } from './documented.ts';

/*
 * Contract: checkbox (`boolean`) fields.
 * Zoho CRM v7 "Insert Records" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html), "Sample
 * Attributes": a Checkbox accepts only the JSON booleans true and false ("Email_Opt_Out": true).
 */

const optOut = documentedField('Email_Opt_Out', 'Email Opt Out', 'boolean', { json_type: 'boolean' });

describe('a checkbox, against the documented example', () => {
  it('starts ticked or not as the record says', () => {
    expect(openField(optOut, true, ctx.formats).initial).toEqual({ Email_Opt_Out: true });
    expect(openField(optOut, false, ctx.formats).initial).toEqual({ Email_Opt_Out: false });
  });

  it('is sent as the documented JSON boolean, false included', () => {
    expect(sentData(openField(optOut, false, ctx.formats), { Email_Opt_Out: true }, ctx)).toEqual({
      Email_Opt_Out: true,
    });
    const data = sentData(openField(optOut, true, ctx.formats), { Email_Opt_Out: false }, ctx);
    expect(JSON.stringify(data)).toBe('{"Email_Opt_Out":false}');
  });
});
