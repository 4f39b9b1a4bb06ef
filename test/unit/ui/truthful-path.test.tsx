import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { loadTransitionForm } from '../../../src/ui/lazy-transition-form.tsx';
import { afterEach, describe, expect, it } from 'vitest';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { App } from '../../../src/ui/app.tsx';
import { appProps } from './app-props.ts';
import { fakeWire, leadPage } from '../fake-wire.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const DAY = 86_400_000;
const dealPage = { record: { entity: 'Deals', recordId: '520001' }, buttonPosition: 'DetailView' };
const value = (name: string, n: number, probability: number, forecast: string) => ({
  display_value: name,
  actual_value: name,
  sequence_number: n,
  probability,
  forecast_type: forecast,
});

/** A Deals blueprint on Stage, the record in Proposal; its Stage picklist with the CRM's forecast types. */
function dealCrm(history: unknown) {
  const bp = structuredClone(blueprint);
  bp.blueprint.process_info.api_name = 'Stage';
  bp.blueprint.process_info.field_label = 'Stage';
  bp.blueprint.process_info.field_value = 'Proposal';
  // No escalation period: the time line says only how long (stage-time.test.tsx has the limits).
  bp.blueprint.process_info.escalation = null as never;
  const fields = {
    fields: [
      {
        api_name: 'Stage',
        data_type: 'picklist',
        pick_list_values: [
          value('Qualification', 1, 10, 'Open'),
          value('Needs Analysis', 2, 20, 'Open'),
          value('Value Proposition', 3, 40, 'Open'),
          value('Proposal', 4, 75, 'Open'),
          value('Negotiation', 5, 90, 'Open'),
          value('Closed Won', 6, 100, 'Closed Won'),
          value('Closed Lost', 7, 0, 'Closed Lost'),
        ],
      },
    ],
  };
  return fakeWire({
    getBlueprint: async () => bp,
    getFields: async () => fields,
    getRelatedRecords: async () => history,
  });
}

const steps = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('listitem');

describe('the path of a deal with a stage history', () => {
  const entered = new Date(Date.now() - 12 * DAY - 3_600_000).toISOString();
  const history = {
    data: [
      { Stage: 'Proposal', Last_Modified_Time: entered },
      { Stage: 'Needs Analysis', Last_Modified_Time: '2026-11-05T15:00:00Z' },
      { Stage: 'Qualification', Last_Modified_Time: '2026-11-01T15:00:00Z' },
    ],
  };

  it('marks visited stages with the date they were reached, skipped ones as not visited, and says how long the record has been in its stage', async () => {
    render(<App client={decodingClient(dealCrm(history))} page={Promise.resolve(dealPage)} {...appProps()} />);
    await screen.findByRole('list', { name: 'Stage path' });
    await waitFor(() => {
      expect(steps('Stage path').map((s) => s.textContent)).toEqual([
        '✓Qualification, reached on 11/01/2026',
        '✓Needs Analysis, reached on 11/05/2026',
        'Value Proposition, not visited',
        'Proposal, current stage, 12 days in this stage',
        'Negotiation, not reached',
      ]);
    });
    expect(await screen.findByText('12 days in this stage')).toBeTruthy();
    // The closing stages come from the CRM's forecast types, the admin having set none.
    expect(steps('Closing stages').map((s) => s.textContent)).toEqual([
      'Closed Won, closing stage (won), not reached',
      'Closed Lost, closing stage (lost), not reached',
    ]);
  });

  it('gives the path one stop for Tab, the current stage; every stage takes focus, for its tooltip', async () => {
    render(<App client={decodingClient(dealCrm(history))} page={Promise.resolve(dealPage)} {...appProps()} />);
    await screen.findByRole('list', { name: 'Stage path' });
    await waitFor(() => {
      const all = steps('Stage path');
      expect(all.map((s) => s.tabIndex)).toEqual(all.map((s) => (s.getAttribute('aria-current') ? 0 : -1)));
      expect(all.filter((s) => s.tabIndex === 0)).toHaveLength(1);
      expect(all).toHaveLength(5);
    });
  });

  it('claims nothing when the history comes back empty: earlier stages are earlier in the process', async () => {
    render(<App client={decodingClient(dealCrm(undefined))} page={Promise.resolve(dealPage)} {...appProps()} />);
    await screen.findByRole('list', { name: 'Stage path' });
    await waitFor(() =>
      expect(
        steps('Stage path')
          .map((s) => s.textContent)
          .slice(0, 3),
      ).toEqual([
        'Qualification, earlier in the process',
        'Needs Analysis, earlier in the process',
        'Value Proposition, earlier in the process',
      ]),
    );
    expect(steps('Stage path')[0]!.className).toContain('path__step--unknown');
    expect(screen.queryByText(/days in this stage/)).toBeNull();
  });
});

describe('what comes next', () => {
  it("says which transitions follow a transition's target stage, as its description", async () => {
    render(<App client={decodingClient(fakeWire())} page={Promise.resolve(leadPage)} {...appProps()} />);
    const action = await screen.findByRole('button', { name: /establish contact/i });
    expect(screen.getByText('Then: Qualify')).toBeTruthy();
    expect(action.getAttribute('aria-describedby')).toContain(screen.getByText('Then: Qualify').id);
  });
});

describe('the note for administrators', () => {
  const admin = async () => ({ users: [{ locale: 'en_US', time_zone: 'UTC', profile: { name: 'Administrator' } }] });
  const broken = async () => ({ Success: { Content: '{not json' } });
  const open = async (client = fakeWire({ getCurrentUser: admin, getOrgVariable: broken }), props = appProps()) => {
    render(<App client={decodingClient(client)} page={Promise.resolve(leadPage)} {...props} />);
    await screen.findByRole('list', { name: 'Lead Status path' });
    // The note comes with the form's code and texts, right after the stepper: once they are in, it shows or not.
    await act(async () => {
      await loadTransitionForm();
      await import('../../../src/ui/admin-note.tsx');
    });
  };
  const note = () =>
    screen.queryAllByRole('note').find((n) => n.textContent?.startsWith('For administrators:')) ?? null;

  it('can be dismissed, and stays away on the next open while the settings stay as they are', async () => {
    await open();
    await waitFor(() => expect(note()).not.toBeNull());
    fireEvent.click(within(note()!).getByRole('button', { name: 'Dismiss this note' }));
    expect(note()).toBeNull();
    cleanup();
    await open();
    expect(note()).toBeNull();
  });

  it('comes back when the settings are in another state', async () => {
    await open();
    await waitFor(() => expect(note()).not.toBeNull());
    fireEvent.click(within(note()!).getByRole('button', { name: 'Dismiss this note' }));
    cleanup();
    await open(
      fakeWire({ getCurrentUser: admin, getOrgVariable: async () => ({ Success: { Content: '{"version": 99}' } }) }),
    );
    await waitFor(() => expect(note()).not.toBeNull());
  });

  it('still shows and dismisses where the browser refuses the widget its storage', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    const props = appProps();
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('refused', 'SecurityError');
      },
    });
    try {
      await open(fakeWire({ getCurrentUser: admin, getOrgVariable: broken }), props);
      await waitFor(() => expect(note()).not.toBeNull());
      fireEvent.click(within(note()!).getByRole('button', { name: 'Dismiss this note' }));
      expect(note()).toBeNull();
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});
