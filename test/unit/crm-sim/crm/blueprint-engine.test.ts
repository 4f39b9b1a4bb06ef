import { describe, expect, it } from 'vitest';
import { DEAL_TRANSITIONS } from '../../../crm-sim/seed/blueprint-deals.ts';
import { getBlueprint, isoInZone, updateBlueprint } from '../../../crm-sim/crm/blueprint-engine.ts';
import { LEAD_TRANSITIONS } from '../../../crm-sim/seed/blueprint-leads.ts';
import { IDS } from '../../../crm-sim/seed/crm-data.ts';
import { HISTORY_IDS } from '../../../crm-sim/seed/stage-history.ts';
import { CrmStore } from '../../../crm-sim/crm/crm-store.ts';

const NOW = new Date('2026-11-26T15:00:00Z');
const newStore = (): CrmStore => new CrmStore(() => NOW);
const body = (transition_id: string, data: Record<string, unknown>) => ({ blueprint: [{ transition_id, data }] });
const establishContact = {
  Contact_Method: 'Phone call',
  First_Contact_Date: '2026-11-26',
  Contact_Summary: 'Wants a demo',
};

/** The GET's blueprint of a record, failing the test when there is none. */
function blueprintOf(store: CrmStore, module: string, id: string) {
  const answer = getBlueprint(store, module, id);
  if (!answer.ok || !answer.value) throw new Error(`no blueprint for ${id}`);
  return answer.value.blueprint as {
    process_info: Record<string, unknown>;
    transitions: Array<Record<string, unknown>>;
  };
}

describe('getBlueprint', () => {
  it('lists only the transitions available from the current state', () => {
    const bp = blueprintOf(newStore(), 'Leads', IDS.firstLead);
    expect(bp.process_info).toMatchObject({
      name: 'Lead nurturing process',
      api_name: 'Lead_Status',
      field_value: 'Not Contacted',
      escalation: null,
    });
    expect(bp.transitions.map((t) => t.name)).toEqual(['Establish contact', 'No answer', 'Mark as junk']);
  });

  it("numbers the first transition's fields and marks the picklist mandatory", () => {
    const [first] = blueprintOf(newStore(), 'Leads', IDS.firstLead).transitions;
    const fields = first!.fields as Array<Record<string, unknown>>;
    expect(fields.map((f) => [f.api_name, f.data_type, f.mandatory, f.transition_sequence])).toEqual([
      ['Contact_Method', 'picklist', true, 1],
      ['First_Contact_Date', 'date', true, 2],
      ['Contact_Summary', 'text', false, 3],
      ['Next_Steps', 'textarea', false, 4],
    ]);
    expect(first!.data).toEqual({
      Contact_Method: null,
      First_Contact_Date: null,
      Contact_Summary: null,
      Next_Steps: null,
    });
  });

  it('shows a transition whose criteria fail with its criteria message', () => {
    const [qualify] = blueprintOf(newStore(), 'Leads', IDS.criteriaFailLead).transitions;
    expect(qualify).toMatchObject({
      name: 'Qualify',
      criteria_matched: false,
      criteria_message: 'Annual Revenue must be filled before qualifying',
    });
  });

  it("sends the escalation period configured for the record's state, whether or not it has passed", () => {
    const store = newStore();
    expect(blueprintOf(store, 'Leads', IDS.escalatedLead).process_info.escalation).toBe('2 days');
    expect(blueprintOf(store, 'Deals', IDS.escalatedDeal).process_info.escalation).toEqual({ days: 7 });
    expect(blueprintOf(store, 'Deals', HISTORY_IDS.skippedDeal).process_info.escalation).toBe('P14D');
    expect(blueprintOf(store, 'Leads', IDS.firstLead).process_info.escalation).toBeNull();
  });

  it('gives an automatic transition an execution time a few days ahead with an offset', () => {
    const auto = blueprintOf(newStore(), 'Leads', IDS.automaticLead).transitions.find((t) => t.type === 'automatic');
    expect(auto?.execution_time).toBe('2026-11-29T10:00:00-05:00');
  });

  it('answers RECORD_NOT_IN_PROCESS for a record in no blueprint', () => {
    expect(getBlueprint(newStore(), 'Leads', IDS.noBlueprintErrorLead)).toEqual({
      ok: false,
      error: { code: 'RECORD_NOT_IN_PROCESS', details: {}, message: 'Record not in process', status: 'error' },
    });
  });

  it('answers nothing for the record whose blueprint GET is empty (HTTP 204)', () => {
    expect(getBlueprint(newStore(), 'Leads', IDS.noBlueprintEmptyLead)).toEqual({ ok: true, value: undefined });
  });

  it('lists nothing to do for a deal in its final stage', () => {
    expect(blueprintOf(newStore(), 'Deals', IDS.wonDeal).transitions).toEqual([]);
  });
});

describe('picklist order', () => {
  it('sends the process picklist out of order so only sequence_number gives the path', () => {
    const status = newStore()
      .fields('Leads')!
      .find((f) => f.api_name === 'Lead_Status')!;
    const values = status.pick_list_values!;
    const sorted = [...values].sort((a, b) => a.sequence_number - b.sequence_number).map((v) => v.display_value);
    expect(values.map((v) => v.display_value)).not.toEqual(sorted);
    expect(sorted).toEqual([
      '-None-',
      'Not Contacted',
      'Attempted to Contact',
      'Contact in Future',
      'Contacted',
      'Pre-Qualified',
      'Qualified',
      'Not Qualified',
      'Junk Lead',
    ]);
  });
});

describe('updateBlueprint', () => {
  it('moves a record along a transition and keeps the values', () => {
    const store = newStore();
    const answer = updateBlueprint(
      store,
      'Leads',
      IDS.firstLead,
      body(LEAD_TRANSITIONS.establishContact, establishContact),
    );
    expect(answer).toEqual({
      ok: true,
      value: { code: 'SUCCESS', details: {}, message: 'transition updated successfully', status: 'success' },
    });
    expect(store.record('Leads', IDS.firstLead)!.values).toMatchObject({
      Lead_Status: 'Contacted',
      Contact_Method: 'Phone call',
    });
    expect(blueprintOf(store, 'Leads', IDS.firstLead).process_info.field_value).toBe('Contacted');
  });

  it('refuses a transition that is not available from the current state', () => {
    const answer = updateBlueprint(newStore(), 'Leads', IDS.firstLead, body(LEAD_TRANSITIONS.qualify, {}));
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATA', message: expect.stringContaining('not available') },
    });
  });

  it('refuses a body that is not { blueprint: [ { transition_id, data } ] }', () => {
    const answer = updateBlueprint(newStore(), 'Leads', IDS.firstLead, {
      transition_id: LEAD_TRANSITIONS.establishContact,
      data: establishContact,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_DATA' } });
  });

  it('refuses a transition whose criteria do not match', () => {
    const answer = updateBlueprint(newStore(), 'Leads', IDS.criteriaFailLead, body(LEAD_TRANSITIONS.qualify, {}));
    expect(answer).toMatchObject({ ok: false, error: { message: 'Annual Revenue must be filled before qualifying' } });
  });

  it('refuses a missing mandatory field and names it', () => {
    const { Contact_Method: _, ...withoutMethod } = establishContact;
    const answer = updateBlueprint(
      newStore(),
      'Leads',
      IDS.firstLead,
      body(LEAD_TRANSITIONS.establishContact, withoutMethod),
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Contact_Method' } },
    });
  });

  it('counts "-None-" in a mandatory picklist as missing', () => {
    const answer = updateBlueprint(
      newStore(),
      'Leads',
      IDS.firstLead,
      body(LEAD_TRANSITIONS.establishContact, { ...establishContact, Contact_Method: '-None-' }),
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Contact_Method' } },
    });
  });

  it.each([
    ['a date not in yyyy-MM-dd', { First_Contact_Date: '11/26/2026' }, 'First_Contact_Date', 'date'],
    ['a picklist value not in the list', { Contact_Method: 'Carrier pigeon' }, 'Contact_Method', 'picklist'],
    ['text longer than the field', { Contact_Summary: 'x'.repeat(121) }, 'Contact_Summary', 'text'],
  ])('refuses %s with the field and the expected type', (_, change, apiName, expected) => {
    const answer = updateBlueprint(
      newStore(),
      'Leads',
      IDS.firstLead,
      body(LEAD_TRANSITIONS.establishContact, { ...establishContact, ...change }),
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATA', details: { api_name: apiName, expected_data_type: expected } },
    });
  });

  it('checks every encoding of the qualifying transition and accepts a ticked checklist', () => {
    const store = newStore();
    const good = {
      No_of_Employees: 45,
      Budget: 12000.5,
      Win_Probability: 40,
      Decision_Maker: true,
      Account: { id: '4876876000000630001' },
      Products_of_Interest: ['CRM Plus', 'Desk'],
      CheckLists: [
        { 'Budget confirmed': true },
        { 'Authority identified': true },
        { 'Need understood': true },
        { 'Timeline agreed': true },
      ],
    };
    for (const [key, wrong] of Object.entries({
      No_of_Employees: 4.5,
      Budget: '12000',
      Decision_Maker: 'yes',
      Account: { id: '1' },
      Products_of_Interest: 'Desk',
    })) {
      const answer = updateBlueprint(
        store,
        'Leads',
        IDS.qualifiableLead,
        body(LEAD_TRANSITIONS.qualify, { ...good, [key]: wrong }),
      );
      expect(answer, key).toMatchObject({ ok: false, error: { code: 'INVALID_DATA', details: { api_name: key } } });
    }
    const unticked = { ...good, CheckLists: [{ 'Budget confirmed': true }, { 'Timeline agreed': false }] };
    expect(
      updateBlueprint(store, 'Leads', IDS.qualifiableLead, body(LEAD_TRANSITIONS.qualify, unticked)),
    ).toMatchObject({ ok: false, error: { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'CheckLists' } } });
    expect(updateBlueprint(store, 'Leads', IDS.qualifiableLead, body(LEAD_TRANSITIONS.qualify, good))).toMatchObject({
      ok: true,
    });
    expect(store.record('Leads', IDS.qualifiableLead)!.values.Account).toEqual({
      name: 'Northwind Traders',
      id: '4876876000000630001',
    });
  });

  it('accepts datetimes with an offset, multi-lookups by their connected api name and read-only fields left out', () => {
    const store = newStore();
    const fileId = store.upload('nda.pdf');
    const data = {
      Sales_Engineer: { id: '4876876000000082001' },
      Buying_Committee: [{ Buying_Committee: { id: '4876876000000740003' } }],
      Lead_Team: [{ Lead_Team: { id: '4876876000000083001' } }],
      Fit_Score: 7.5,
      Signed_NDA: [{ File_Id__s: fileId }],
      Attachments: [{ $file_id: [fileId] }, { $link_url: 'https://example.com/deck' }],
    };
    expect(
      updateBlueprint(
        store,
        'Leads',
        IDS.preQualifiedLead,
        body(LEAD_TRANSITIONS.confirmQualification, { ...data, Lead_Score: 3 }),
      ),
    ).toMatchObject({ ok: false, error: { details: { api_name: 'Lead_Score' } } });
    expect(
      updateBlueprint(store, 'Leads', IDS.preQualifiedLead, body(LEAD_TRANSITIONS.confirmQualification, data)),
    ).toMatchObject({ ok: true });
    const call = { Call_Time: '2026-11-26T15:30:00+05:30' };
    expect(
      updateBlueprint(
        store,
        'Leads',
        IDS.escalatedLead,
        body(LEAD_TRANSITIONS.reached, { Call_Time: '2026-11-26T15:30:00' }),
      ),
    ).toMatchObject({ ok: false, error: { details: { expected_data_type: 'datetime' } } });
    expect(updateBlueprint(store, 'Leads', IDS.escalatedLead, body(LEAD_TRANSITIONS.reached, call))).toMatchObject({
      ok: true,
    });
  });

  it('saves a transition partially for a record that allows it and finishes it later', () => {
    const store = newStore();
    const first = updateBlueprint(
      store,
      'Deals',
      IDS.partialSaveDeal,
      body(DEAL_TRANSITIONS.sendProposal, { Amount: 99000 }),
    );
    expect(first).toMatchObject({ ok: true, value: { message: 'transition saved partially' } });
    const again = blueprintOf(store, 'Deals', IDS.partialSaveDeal);
    expect(again.process_info.field_value).toBe('Id. Decision Makers');
    expect(again.transitions[0]).toMatchObject({
      id: DEAL_TRANSITIONS.sendProposal,
      percent_partial_save: 25,
      data: { Amount: 99000 },
    });
    const rest = {
      Proposal_Sent_At: '2026-11-26T10:00:00-05:00',
      Attachments: [{ $link_url: 'https://example.com/proposal.pdf' }],
      CheckLists: [{ 'Pricing approved': true }, { 'Legal terms attached': true }],
    };
    expect(
      updateBlueprint(store, 'Deals', IDS.partialSaveDeal, body(DEAL_TRANSITIONS.sendProposal, rest)),
    ).toMatchObject({ ok: true, value: { message: 'transition updated successfully' } });
    expect(store.record('Deals', IDS.partialSaveDeal)!.values.Stage).toBe('Proposal/Price Quote');
  });

  it('answers RECORD_LOCKED and NO_PERMISSION for records flagged so, and changes nothing', () => {
    const store = newStore();
    expect(
      updateBlueprint(store, 'Leads', IDS.lockedLead, body(LEAD_TRANSITIONS.establishContact, establishContact)),
    ).toMatchObject({ ok: false, error: { code: 'RECORD_LOCKED' } });
    expect(updateBlueprint(store, 'Leads', IDS.noPermissionLead, body(LEAD_TRANSITIONS.qualify, {}))).toMatchObject({
      ok: false,
      error: { code: 'NO_PERMISSION' },
    });
    expect(store.record('Leads', IDS.lockedLead)!.values.Lead_Status).toBe('Not Contacted');
  });

  it('refuses to perform an automatic transition by hand', () => {
    const answer = updateBlueprint(newStore(), 'Leads', IDS.automaticLead, body(LEAD_TRANSITIONS.followUpDue, {}));
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_DATA' } });
  });
});

describe('isoInZone', () => {
  it("writes the zone's offset, in winter and in summer", () => {
    expect(isoInZone(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe('2026-01-15T07:00:00-05:00');
    expect(isoInZone(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe('2026-07-15T17:30:00+05:30');
  });
});

describe('next_transitions', () => {
  it('are listed on every transition of both processes: what its target state offers', () => {
    const store = newStore();
    for (const [module, id] of [
      ['Leads', IDS.firstLead],
      ['Deals', IDS.qualificationDeal],
    ] as const) {
      const p = store.processes[module]!;
      const record = store.record(module, id)!;
      for (const t of p.transitions) {
        record.values[p.field.api_name] = t.from[0]!;
        const listed = blueprintOf(store, module, id).transitions.find((x) => x.id === t.id);
        // A transition only its owners may do (a team the simulator's user is not in) is never offered to them.
        const offered = (n: { owners?: string[] }) => !n.owners;
        const expected = p.transitions.filter((n) => n.from.includes(t.to) && offered(n)).map((n) => n.name);
        if (!offered(t)) {
          expect(listed, `${t.name} is not offered from ${t.from[0]}`).toBeUndefined();
          continue;
        }
        expect(listed, `${t.name} is listed from ${t.from[0]}`).toBeDefined();
        expect(
          (listed!.next_transitions as { name: string }[]).map((n) => n.name),
          `${t.name} → ${t.to}`,
        ).toEqual(expected);
      }
    }
  });
});

describe('a continuous process', () => {
  it('says so for the deal flagged continuous, and only for it', () => {
    const store = newStore();
    expect(blueprintOf(store, 'Deals', IDS.continuousDeal).process_info).toMatchObject({
      is_continuous: true,
      continuous: true,
    });
    expect(blueprintOf(store, 'Deals', IDS.qualificationDeal).process_info).toMatchObject({
      is_continuous: false,
      continuous: false,
    });
  });
});

describe('a parallel group', () => {
  const T = DEAL_TRANSITIONS;
  const ok = {
    ok: true,
    value: { code: 'SUCCESS', details: {}, message: 'transition updated successfully', status: 'success' },
  };

  it('lists its steps with their parent and whether each is done, beside the ordinary transition', () => {
    const listed = blueprintOf(newStore(), 'Deals', IDS.parallelDeal).transitions.map((t) => [
      t.name,
      (t.parent_transition as { name: string } | null)?.name ?? null,
      t.completed,
    ]);
    expect(listed).toEqual([
      ['Map stakeholders', null, undefined],
      ['Security review', 'Technical and commercial review', true],
      ['Pricing sign-off', 'Technical and commercial review', false],
      // An ordinary transition of the stage too (the one only the CRM can finish).
      ['Security questionnaire', null, undefined],
    ]);
  });

  it('keeps the record in its stage after one step, and moves it when the last step is done', () => {
    const store = newStore();
    const record = store.record('Deals', IDS.parallelDeal)!;
    record.parallelDone = [];
    expect(updateBlueprint(store, 'Deals', IDS.parallelDeal, body(T.pricingSignOff, {}))).toEqual(ok);
    expect(record.values.Stage).toBe('Value Proposition');
    expect(blueprintOf(store, 'Deals', IDS.parallelDeal).transitions.map((t) => t.completed)).toEqual([
      undefined,
      false,
      true,
      undefined,
    ]);
    expect(updateBlueprint(store, 'Deals', IDS.parallelDeal, body(T.securityReview, {}))).toEqual(ok);
    expect(record.values.Stage).toBe('Id. Decision Makers');
    expect(record.parallelDone).toEqual([]);
  });

  it('refuses a step that is already done', () => {
    const answer = updateBlueprint(newStore(), 'Deals', IDS.parallelDeal, body(T.securityReview, {}));
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('INVALID_DATA');
  });
});
