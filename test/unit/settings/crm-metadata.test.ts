import { describe, expect, it } from 'vitest';
import { decodePicklistFields } from '../../../src/crm/decode/fields.ts';
import { decodeModules } from '../../../src/crm/decode/modules.ts';
import { chooseProcessField } from '../../../src/settings/crm-metadata.ts';
import fields from '../../fixtures/lead-fields.json';

describe('decodeModules', () => {
  it('lists a module the answer repeats once, the first time it appears', () => {
    const answer = {
      modules: [
        { api_name: 'Leads', plural_label: 'Leads' },
        { api_name: 'constructor', plural_label: 'Builders' },
        { api_name: 'Leads', plural_label: 'Leads again' },
      ],
    };
    expect(decodeModules(answer)).toEqual([
      { apiName: 'Leads', label: 'Leads' },
      { apiName: 'constructor', label: 'Builders' },
    ]);
  });

  it("lists the modules the API can read, by plural label, in the CRM's order", () => {
    const answer = {
      modules: [
        { api_name: 'Home', plural_label: 'Home', api_supported: false },
        { api_name: 'Leads', plural_label: 'Leads', api_supported: true },
        { api_name: 'Deals', module_name: 'Potentials', plural_label: 'Deals', api_supported: true },
        { api_name: 'Hidden_Things', plural_label: 'Hidden', api_supported: true, visible: false },
        { api_name: 'Custom1', module_name: 'Custom1' },
        { plural_label: 'No api name' },
        'junk',
      ],
    };
    expect(decodeModules(answer)).toEqual([
      { apiName: 'Leads', label: 'Leads' },
      { apiName: 'Deals', label: 'Deals' },
      { apiName: 'Custom1', label: 'Custom1' },
    ]);
  });

  it('gives no modules for an answer it cannot read', () => {
    expect(decodeModules(null)).toEqual([]);
    expect(decodeModules({ modules: 'x' })).toEqual([]);
  });
});

describe('decodePicklistFields', () => {
  it('lists picklist fields with their states in picklist order, skipping other types and empty picklists', () => {
    const answer = {
      fields: [
        ...fields.fields,
        {
          api_name: 'Rating',
          data_type: 'picklist',
          field_label: 'Rating',
          pick_list_values: [{ display_value: '-None-', actual_value: '-None-' }],
        },
        {
          api_name: 'Tags',
          data_type: 'multiselectpicklist',
          pick_list_values: [{ display_value: 'A', actual_value: 'A' }],
        },
      ],
    };
    const picklists = decodePicklistFields(answer);
    expect(picklists.map((p) => [p.apiName, p.label])).toEqual([['Lead_Status', 'Lead Status']]);
    expect(picklists[0]!.states.map((s) => s.label)).toEqual([
      'Not Contacted',
      'Attempted to Contact',
      'Contact in Future',
      'Contacted',
      'Qualified',
      'Junk Lead',
    ]);
  });
});

describe('chooseProcessField', () => {
  const pick = (apiName: string) => ({ apiName, label: apiName, states: [] });

  it('defaults to a known process field: Stage, Lead_Status, then Status', () => {
    expect(chooseProcessField([pick('Type'), pick('Stage')], null)?.apiName).toBe('Stage');
    expect(chooseProcessField([pick('Lead_Source'), pick('Lead_Status')], null)?.apiName).toBe('Lead_Status');
    expect(chooseProcessField([pick('Priority'), pick('Status')], null)?.apiName).toBe('Status');
  });

  it("takes the admin's choice over a known field", () => {
    expect(chooseProcessField([pick('Stage'), pick('Sub_Stage')], 'Sub_Stage')?.apiName).toBe('Sub_Stage');
  });

  it('chooses nothing when no known field exists or the saved one is gone, so the admin picks', () => {
    expect(chooseProcessField([pick('Industry'), pick('Rating')], null)).toBeNull();
    expect(chooseProcessField([pick('Stage')], 'Old_Field')).toBeNull();
  });
});
