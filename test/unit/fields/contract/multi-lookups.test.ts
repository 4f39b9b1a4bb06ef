import { describe, expect, it } from 'vitest';
import { kolkata as ctx } from '../field-factory.ts';
import sample from '../../../fixtures/zoho-sample-get-blueprint.json';
import { documentedAnswer, documentedField, openForm, sentData } from './documented.ts';

/*
 * Contract: multi-select lookup and multi-user lookup fields.
 * Their metadata is Zoho's own: the two fields of the "Get Blueprint Data" sample
 * (https://www.zoho.com/crm/developer/docs/api/v7/blueprint-details.html), `multiselectlookup` /
 * `multiuserlookup` each naming `connected_module` and `connectedlookup_apiname`. Their value is documented by
 * "Insert Records" (…/v7/insert-records.html): a JSON array with one object per entry, keyed by "the API name of
 * the lookup field in the linking module" and holding the record's or user's id ("Listings":
 * [{"Interested_Listings": {"id": "3652397000001978005"}}], "Multi_user": [{"Multi_user": {"id": …}}]), the
 * shape the "Update Blueprint" sample sends in a transition (…/v7/update-blueprint.html) and "Update Records"
 * (…/v7/update-records.html) shows with a different inner key ("AssociatedUser": [{"User": {…}}]).
 * The Fields API names that linking-module field `connectedlookup_apiname`.
 */

const [multiUser, multiContacts] = sample.blueprint.transitions[0]!.fields as Record<string, unknown>[];

describe("multi-lookups, against Zoho's sample answer and the documented update shape", () => {
  it("decode the sample's two fields as editable, searching the connected module", () => {
    const { transition } = openForm(sample, ctx.formats);
    expect(transition.items).toMatchObject([
      {
        kind: 'field',
        type: 'multiuserlookup',
        apiName: 'Multi_User_Lookup',
        readOnly: false,
        connectedLookupApiName: 'Multi_User_Lookup',
      },
      {
        kind: 'field',
        type: 'multiselectlookup',
        apiName: 'Multi_Select_Lookup_Contacts',
        readOnly: false,
        lookupModule: 'Contacts',
        connectedLookupApiName: 'Multi_Select_Lookup_Contacts',
      },
    ]);
  });

  it("start empty where the sample's record holds empty arrays", () => {
    expect(openForm(sample, ctx.formats).initial).toEqual({ Multi_User_Lookup: [], Multi_Select_Lookup_Contacts: [] });
  });

  it('a multi-select lookup is sent as the documented array, each id under the linking module lookup', () => {
    const form = openForm(documentedAnswer([multiContacts!], { Multi_Select_Lookup_Contacts: [] }), ctx.formats);
    const chosen = [
      { id: '3652397000001978005', name: 'Maya Okonkwo' },
      { id: '3652397000001978016', name: 'Jason Smith' },
    ];
    expect(JSON.stringify(sentData(form, { Multi_Select_Lookup_Contacts: chosen }, ctx))).toBe(
      '{"Multi_Select_Lookup_Contacts":[{"Multi_Select_Lookup_Contacts":{"id":"3652397000001978005"}},' +
        '{"Multi_Select_Lookup_Contacts":{"id":"3652397000001978016"}}]}',
    );
  });

  it('a multi-user lookup is sent as the documented array of user ids', () => {
    const form = openForm(documentedAnswer([multiUser!], { Multi_User_Lookup: [] }), ctx.formats);
    const chosen = [{ id: '3652397000000186017', name: 'Patricia Boyle' }];
    expect(sentData(form, { Multi_User_Lookup: chosen }, ctx)).toEqual({
      Multi_User_Lookup: [{ Multi_User_Lookup: { id: '3652397000000186017' } }],
    });
  });

  it('keys each entry by connectedlookup_apiname where it differs from the field, as Update Records shows', () => {
    const field = documentedField('AssociatedUser', 'Associated User', 'multiuserlookup', {
      json_type: 'jsonarray',
      multiuserlookup: { linking_module: 'Deals_X_Users', connected_module: null, connectedlookup_apiname: 'User' },
    });
    const form = openForm(documentedAnswer([field], {}), ctx.formats);
    expect(sentData(form, { AssociatedUser: [{ id: '3652397000000281001', name: 'J Smith' }] }, ctx)).toEqual({
      AssociatedUser: [{ User: { id: '3652397000000281001' } }],
    });
  });

  it("starts with a record's entries, each read from under its linking module lookup (an assumed GET shape)", () => {
    const value = [
      { Multi_Select_Lookup_Contacts: { name: 'Maya Okonkwo', id: '3652397000001978005' }, id: '3652397000009999001' },
    ];
    const form = openForm(documentedAnswer([multiContacts!], { Multi_Select_Lookup_Contacts: value }), ctx.formats);
    expect(form.initial).toEqual({
      Multi_Select_Lookup_Contacts: [{ id: '3652397000001978005', name: 'Maya Okonkwo' }],
    });
  });

  it("searches the connected module when it comes as the Fields API's {api_name, id} object", () => {
    const field = {
      ...multiContacts!,
      multiselectlookup: {
        ...(multiContacts!.multiselectlookup as Record<string, unknown>),
        connected_module: { api_name: 'Contacts', id: '3652397000000002179' },
      },
    };
    const { transition } = openForm(documentedAnswer([field], {}), ctx.formats);
    expect(transition.items[0]).toMatchObject({ lookupModule: 'Contacts', readOnly: false });
  });
});
