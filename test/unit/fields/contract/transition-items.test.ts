import { describe, expect, it } from 'vitest';
import { kolkata as ctx } from '../field-factory.ts';
import sample from '../../../fixtures/zoho-sample-get-blueprint.json';
import { documentedAnswer, openForm, sentData } from './documented.ts';

/*
 * Contract: a transition's own Notes, Checklists and Attachments.
 * Their update shape is Zoho's "Update Blueprint" sample input
 * (https://www.zoho.com/crm/developer/docs/api/v7/update-blueprint.html): `"Notes": "Updated via blueprint"` (a
 * string, not the Notes API's `[{Note_Title, Note_Content}]`); `"Attachments": [{"$file_id": ["59cf…", "59cf…"]},
 * {"$link_url": "www.zoho.com"}]`; `"CheckLists": [{"list 1": true}, {"list 2": false}, …]`. How the GET answer
 * lists these items is not documented (docs/assumptions.md): the fixture gives them the shape of the sample's
 * special item (its nested widget: `id: "0"`, `_type`, `data_type`, no column) under their own data_type.
 */

const [, noAnswer] = sample.blueprint.transitions;
const widgetItem = noAnswer!.fields[0]!;

function specialItem(dataType: string, label: string, own: Record<string, unknown> = {}) {
  return {
    ...widgetItem,
    _type: dataType,
    data_type: dataType,
    api_name: label,
    display_label: label,
    mandatory: false,
    ...own,
  };
}

describe("a transition's own items, against the Update Blueprint sample", () => {
  it('a note is sent as the documented string', () => {
    const form = openForm(documentedAnswer([specialItem('notes', 'Notes')], {}), ctx.formats);
    expect(form.initial).toEqual({ Notes: '' });
    expect(sentData(form, { Notes: '  Updated via blueprint ' }, ctx)).toEqual({ Notes: 'Updated via blueprint' });
  });

  it('a required note left empty stops the send', () => {
    const form = openForm(documentedAnswer([specialItem('notes', 'Notes', { mandatory: true })], {}), ctx.formats);
    expect(() => sentData(form, { Notes: ' ' }, ctx)).toThrow(/check\.notesRequired/);
    // Only invisible characters is no note either (issue 21 section 3 item 6).
    expect(() => sentData(form, { Notes: '\u200B\u2060' }, ctx)).toThrow(/check\.notesRequired/);
  });

  it('a checklist is sent as the documented list, every entry with whether it is ticked', () => {
    const content = ['list 1', 'list 2', 'list 3', 'list 4'].map((item, i) => ({ item, sequence_number: i + 1 }));
    const form = openForm(documentedAnswer([specialItem('checklist', 'CheckLists', { content })], {}), ctx.formats);
    expect(form.initial).toEqual({ CheckLists: [] });
    const data = sentData(form, { CheckLists: ['list 1', 'list 3', 'list 4'] }, ctx);
    expect(JSON.stringify(data)).toBe(
      '{"CheckLists":[{"list 1":true},{"list 2":false},{"list 3":true},{"list 4":true}]}',
    );
  });

  it('attachments are sent as the documented files and link, a link without https:// as typed', () => {
    const form = openForm(documentedAnswer([specialItem('attachments', 'Attachments')], {}), ctx.formats);
    expect(form.initial).toEqual({ Attachments: { files: [], links: [] } });
    const files = [
      { id: '59cf260313b690xxx9d623a', name: 'brief.pdf' },
      { id: '59cf260xxxx624d', name: 'quote.pdf' },
    ];
    expect(sentData(form, { Attachments: { files, links: ['www.zoho.com'] } }, ctx)).toEqual({
      Attachments: [{ $file_id: ['59cf260313b690xxx9d623a', '59cf260xxxx624d'] }, { $link_url: 'www.zoho.com' }],
    });
  });

  it('a link that is no web address stops the send', () => {
    const form = openForm(documentedAnswer([specialItem('attachments', 'Attachments')], {}), ctx.formats);
    expect(() => sentData(form, { Attachments: { files: [], links: ['zoho crm'] } }, ctx)).toThrow(/check\.badLink/);
  });
});
