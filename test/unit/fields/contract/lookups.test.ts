import { describe, expect, it } from 'vitest';
import { kolkata as ctx } from '../field-factory.ts';
import { documentedField, openField, sentData } from './documented.ts';

/*
 * Contract: lookup, owner lookup and user lookup fields.
 * Zoho CRM v7 "Insert Records" (https://www.zoho.com/crm/developer/docs/api/v7/insert-records.html), "Sample
 * Attributes": a Lookup is a JSON object with the record's id ("Lookup": {"id": "425248000000104001"}); a User
 * lookup the same object, the sample adding the user's name ("User": {"name": "Patricia Boyle", "id":
 * "4150868000000623001"}). The widget sends the id alone, as for a record lookup and as the "Update Blueprint"
 * sample's second multi-user entry does (…/v7/update-blueprint.html). Records hold `{name, id}` (an owner also
 * `email`, Get Records). The field's `lookup.module.api_name` names the module searched (Get Blueprint Data).
 */

const account = documentedField('Account_Name', 'Account Name', 'lookup', {
  json_type: 'jsonobject',
  lookup: {
    display_label: 'Account Name',
    api_name: 'Account_Name',
    module: { api_name: 'Accounts', id: '425248000000002177' },
    id: '425248000000002179',
  },
});

describe('lookups, against the documented examples', () => {
  it('a record lookup starts with the record it points at and is sent as the documented {id}', () => {
    const form = openField(account, { name: 'Zylker', id: '425248000000104001' }, ctx.formats);
    expect(form.item).toMatchObject({ lookupModule: 'Accounts', readOnly: false });
    expect(form.initial).toEqual({ Account_Name: { id: '425248000000104001', name: 'Zylker' } });
    const data = sentData(form, { Account_Name: { id: '425248000000104999', name: 'Northwind' } }, ctx);
    expect(JSON.stringify(data)).toBe('{"Account_Name":{"id":"425248000000104999"}}');
  });

  it('a user lookup is sent as the documented object with the user id', () => {
    const form = openField(
      documentedField('User', 'User', 'userlookup', { json_type: 'jsonobject' }),
      null,
      ctx.formats,
    );
    expect(form.initial).toEqual({ User: null });
    expect(sentData(form, { User: { id: '4150868000000623001', name: 'Patricia Boyle' } }, ctx)).toEqual({
      User: { id: '4150868000000623001' },
    });
  });

  it('an owner lookup starts with the owner the record names and is sent as {id}', () => {
    const owner = documentedField('Owner', 'Lead Owner', 'ownerlookup', { json_type: 'jsonobject', mandatory: true });
    const form = openField(
      owner,
      { name: 'Patricia Boyle', id: '554023000000235011', email: 'p.boyle@abc.com' },
      ctx.formats,
    );
    expect(form.initial).toEqual({ Owner: { id: '554023000000235011', name: 'Patricia Boyle' } });
    expect(sentData(form, {}, ctx)).toEqual({ Owner: { id: '554023000000235011' } });
  });
});
