import { describe, expect, it } from 'vitest';
import list from '../../../fixtures/zoho-sample-blueprint-list.json';
import one from '../../../fixtures/zoho-sample-blueprint-definition.json';
import {
  decodeBlueprintDefinition,
  decodeBlueprintList,
  unwrapConnectionAnswer,
} from '../../../../src/crm/decode/blueprint-definition.ts';
import { apiDomainFor } from '../../../../src/crm/zoho-connection.ts';

/** The connection's envelope around an API answer (docs/assumptions.md). */
const envelope = (answer: unknown) => ({ code: 'SUCCESS', details: { statusMessage: answer } });

describe('the blueprint list from the settings API', () => {
  it('should list every blueprint with its module, layout and status, in Zoho’s order', () => {
    expect(decodeBlueprintList(envelope(list))).toEqual([
      {
        id: '5843104000008502299',
        name: 'Lead nurturing process',
        module: 'Leads',
        layout: 'Standard',
        status: 'active',
      },
      { id: '5843104000008502401', name: 'Partner lead process', module: 'Leads', layout: 'Partner', status: 'active' },
      { id: '5843104000008502500', name: 'Old deal process', module: 'Deals', layout: 'Standard', status: 'inactive' },
    ]);
  });

  it('should read the answer bare, or as JSON text inside the envelope', () => {
    expect(decodeBlueprintList(list)).toHaveLength(3);
    expect(decodeBlueprintList(envelope(JSON.stringify(list)))).toHaveLength(3);
  });

  it('should leave out entries without an id or a module, and repeats', () => {
    const odd = {
      blueprints: [{ name: 'no id', module: 'Leads' }, { id: '1' }, 7, null, list.blueprints[0], list.blueprints[0]],
    };
    expect(decodeBlueprintList(odd).map((b) => b.id)).toEqual(['5843104000008502299']);
  });

  it('should fail with the CRM’s words on an error answer or a failed envelope', () => {
    expect(() =>
      unwrapConnectionAnswer({ code: 'OAUTH_SCOPE_MISMATCH', status: 'error', message: 'invalid scope' }),
    ).toThrow('OAUTH_SCOPE_MISMATCH: invalid scope');
    expect(() => unwrapConnectionAnswer({ code: 'FAILURE', message: 'no such connection', details: {} })).toThrow(
      'FAILURE: no such connection',
    );
    expect(() => unwrapConnectionAnswer(envelope('<html>'))).toThrow('not JSON');
  });

  it('should list nothing for an answer without blueprints', () => {
    expect(decodeBlueprintList(envelope({}))).toEqual([]);
    expect(decodeBlueprintList(envelope(''))).toEqual([]);
  });
});

describe('one blueprint’s definition', () => {
  const { id, module, definition } = decodeBlueprintDefinition(envelope(one));

  it('should keep its module, layout, process field and states in the blueprint’s order with its exits', () => {
    expect({ id, module }).toEqual({ id: '5843104000008502299', module: 'Leads' });
    expect(definition).toMatchObject({
      name: 'Lead nurturing process',
      layout: 'Standard',
      field: 'Lead_Status',
      states: ['Not Contacted', 'Contacted', 'Qualified', 'Contract sent', 'Junk Lead'],
      exits: ['Junk Lead'],
    });
  });

  it('should keep each transition with where it goes, its kind and who may do it by name', () => {
    const byName = Object.fromEntries(definition.transitions.map((t) => [t.name, t]));
    expect(byName['Send contract']).toEqual({
      id: '5843104000008502313',
      name: 'Send contract',
      from: ['Qualified'],
      to: 'Contract sent',
      automatic: false,
      parallel: false,
      common: false,
      owners: ['Finance team'],
    });
    expect(byName['Mark as junk']).toMatchObject({ from: ['Not Contacted', 'Contacted'], common: true });
    expect(byName['Follow-up due']).toMatchObject({ automatic: true });
    expect(byName['Legal and finance review']).toMatchObject({ parallel: true, owners: ['Legal', 'Finance team'] });
    // The record owner has no name in the definition: nobody is named.
    expect(byName['Establish contact']!.owners).toEqual([]);
  });

  it('should take the states no transition leaves as exits when the answer lists no states', () => {
    const bare = structuredClone(one);
    delete (bare.blueprints[0] as Record<string, unknown>).states;
    const read = decodeBlueprintDefinition(bare).definition;
    expect(read.states).toEqual(['Not Contacted', 'Contacted', 'Qualified', 'Contract sent', 'Junk Lead']);
    expect(read.exits).toEqual(['Contract sent', 'Junk Lead']);
  });

  it('should refuse an answer without a blueprint id, module or process field', () => {
    expect(() => decodeBlueprintDefinition({ blueprints: [] })).toThrow('no blueprint');
    expect(() => decodeBlueprintDefinition({ blueprints: [{ id: '1', module: 'Leads' }] })).toThrow('process field');
    expect(() => decodeBlueprintDefinition('nonsense')).toThrow();
  });

  it('should skip transitions without an id or a name and keep the first of a repeated id', () => {
    const odd = structuredClone(one);
    const t = odd.blueprints[0]!.transitions as unknown[];
    t.push({ name: 'no id' }, { id: '9' }, { ...(t[0] as object), name: 'repeat' });
    expect(decodeBlueprintDefinition(odd).definition.transitions.map((x) => x.name)).toHaveLength(6);
  });
});

describe('the API domain for the CRM page', () => {
  it('should follow the data centre the CRM page is on', () => {
    expect(apiDomainFor('https://crm.zoho.eu')).toBe('https://www.zohoapis.eu');
    expect(apiDomainFor('https://crm.zoho.com.au')).toBe('https://www.zohoapis.com.au');
    expect(apiDomainFor('https://crm.zoho.in')).toBe('https://www.zohoapis.in');
    expect(apiDomainFor('https://crm.zoho.com')).toBe('https://www.zohoapis.com');
    expect(apiDomainFor('http://127.0.0.1:5173')).toBe('https://www.zohoapis.com');
    expect(apiDomainFor(null)).toBe('https://www.zohoapis.com');
  });
});
