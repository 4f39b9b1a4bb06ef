import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { App } from '../../../src/ui/app.tsx';
import { appProps } from './app-props.ts';
import { fakeWire } from '../fake-wire.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const DAY = 86_400_000;
const dealPage = { record: { entity: 'Deals', recordId: '520001' }, buttonPosition: 'DetailView' };
const stage = (name: string, n: number) => ({ display_value: name, actual_value: name, sequence_number: n });

/** A deal in Proposal with this escalation period, `daysIn` days into it by its Stage_History, and these settings. */
function renderDeal(opts: { escalation: unknown; daysIn: number | null; proposal?: Record<string, unknown> }) {
  const bp = structuredClone(blueprint);
  Object.assign(bp.blueprint.process_info, {
    api_name: 'Stage',
    field_label: 'Stage',
    field_value: 'Proposal',
    escalation: opts.escalation,
  });
  const fields = {
    fields: [
      {
        api_name: 'Stage',
        data_type: 'picklist',
        pick_list_values: [stage('Qualification', 1), stage('Proposal', 2), stage('Negotiation', 3)],
      },
    ],
  };
  const entered = opts.daysIn === null ? null : new Date(Date.now() - opts.daysIn * DAY - 3_600_000).toISOString();
  const settings = { version: 1, modules: { Deals: { states: [{ value: 'Proposal', ...opts.proposal }] } } };
  const client = fakeWire({
    getBlueprint: async () => bp,
    getFields: async () => fields,
    getRelatedRecords: async () =>
      entered ? { data: [{ Stage: 'Proposal', Last_Modified_Time: entered }] } : undefined,
    getOrgVariable: async () => ({ Success: { Content: JSON.stringify(settings) } }),
  });
  render(<App client={decodingClient(client)} page={Promise.resolve(dealPage)} {...appProps()} />);
}

const currentStep = () =>
  within(screen.getByRole('list', { name: 'Stage path' }))
    .getAllByRole('listitem')
    .find((li) => li.getAttribute('aria-current') === 'step')!;

describe('the time in the current stage', () => {
  it('says how far past its escalation period the record is, in the warning style, and marks the stage overdue', async () => {
    renderDeal({ escalation: { days: 10 }, daysIn: 12 });
    const line = await screen.findByText('12 days in this stage · 2 over its 10');
    expect(line.className).toContain('stage-time--over');
    expect(currentStep().className).toContain('path__step--late');
    // Not by colour only: words read out and shown in the stage's tooltip (the mark before its name is CSS).
    expect(currentStep().textContent).toBe('Proposal, current stage, 12 days in this stage, past its time limit');
  });

  it('says the days left inside the period, and leaves the stage unmarked', async () => {
    renderDeal({ escalation: '10 days', daysIn: 7 });
    expect(await screen.findByText('7 days in this stage · 3 days left')).toBeTruthy();
    expect(currentStep().className).not.toContain('path__step--late');
    expect(currentStep().textContent).toBe('Proposal, current stage, 7 days in this stage');
  });

  it("takes the admin's expected days over the escalation period", async () => {
    renderDeal({ escalation: '30 days', daysIn: 12, proposal: { expectedDays: 10 } });
    expect(await screen.findByText('12 days in this stage · 2 over its 10')).toBeTruthy();
    expect(currentStep().className).toContain('path__step--late');
  });

  it('says only the period when the history does not say when the record entered the stage', async () => {
    renderDeal({ escalation: 'P2D', daysIn: null });
    expect(await screen.findByText('Escalates after 2 days in this stage')).toBeTruthy();
    expect(currentStep().className).not.toContain('path__step--late');
  });

  it("claims nothing from the admin's expected days without the entry date", async () => {
    renderDeal({ escalation: null, daysIn: null, proposal: { expectedDays: 10 } });
    await screen.findByRole('list', { name: 'Stage path' });
    await screen.findByText('Next steps');
    expect(document.querySelector('.stage-time')).toBeNull();
  });

  it('says nothing of a period it cannot read', async () => {
    renderDeal({ escalation: 'overdue', daysIn: 4 });
    expect(await screen.findByText('4 days in this stage')).toBeTruthy();
    expect(screen.queryByText(/escalates|left|over its/i)).toBeNull();
  });
});
