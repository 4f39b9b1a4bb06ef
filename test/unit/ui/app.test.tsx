import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLazyCode } from './lazy-code.ts';
import { renderApp } from './render-app.tsx';
import { crmFailure, fakeWire } from '../fake-wire.ts';
import { CrmFailure } from '../../../src/crm/crm-error.ts';
import blueprint from '../../fixtures/lead-blueprint.json';

// The lazily loaded form is in before any test opens it (see lazy-code.ts).
beforeAll(loadLazyCode, 60_000);

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

async function openEstablishContact() {
  fireEvent.click(await screen.findByRole('button', { name: /establish contact/i }));
  return screen.findByRole('form', { name: 'Establish contact' });
}

describe('a first screen whose blueprint answers after the deadline (issue 21)', () => {
  it('says Zoho CRM is not answering, then loads by itself when the answer comes after all', async () => {
    let answer!: (value: unknown) => void;
    const late = new Promise((resolve) => (answer = resolve));
    let reads = 0;
    const client = renderApp(
      fakeWire({
        getBlueprint: async () => {
          reads += 1;
          if (reads === 1) throw new CrmFailure({ kind: 'timeout', call: 'getBluePrint', afterMs: 15_000 }, late);
          return structuredClone(blueprint);
        },
      }),
    );
    expect(await screen.findByText(/Zoho CRM is not answering/)).toBeTruthy();
    answer(structuredClone(blueprint));
    expect(await screen.findByRole('list', { name: 'Lead Status path' })).toBeTruthy();
    expect(screen.queryByText(/Zoho CRM is not answering/)).toBeNull();
    expect(client.getBlueprint).toHaveBeenCalledTimes(2);
  });
});

describe('the stepper', () => {
  it('shows the states in order with the current one marked, and the earlier ones as earlier in the process (a lead has no stage history)', async () => {
    renderApp();
    const path = await screen.findByRole('list', { name: 'Lead Status path' });
    await waitFor(() => {
      const steps = within(path).getAllByRole('listitem');
      expect(steps.map((s) => s.textContent)).toEqual([
        'Not Contacted, earlier in the process',
        'Attempted to Contact, current stage',
        'Contact in Future, not reached',
        'Contacted, not reached',
        'Qualified, not reached',
        'Junk Lead, not reached',
      ]);
    });
    expect(within(path).getAllByRole('listitem')[1]!.getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('heading', { name: 'Ava Brooks' })).toBeTruthy();
  });

  it('asks for the blueprint, fields, record and user all at once', async () => {
    const client = renderApp();
    await screen.findByRole('list', { name: 'Lead Status path' });
    for (const call of [client.getBlueprint, client.getFields, client.getRecord, client.getCurrentUser])
      expect(call).toHaveBeenCalledTimes(1);
  });

  it('shows a transition whose criteria fail as disabled, with the reason', async () => {
    renderApp();
    const qualify = await screen.findByRole('button', { name: /qualify/i });
    expect((qualify as HTMLButtonElement).disabled).toBe(true);
    expect(qualify.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Annual Revenue must be filled in before qualifying.')).toBeTruthy();
  });

  it("shows when an automatic transition fires, in the user's time zone", async () => {
    renderApp();
    expect(await screen.findByText('Happens automatically on 11/30/2026 02:00 PM')).toBeTruthy();
  });

  it("says after how long the current state escalates, claiming nothing more without the stage's history", async () => {
    renderApp();
    expect(await screen.findByText('Escalates after 2 days in this stage')).toBeTruthy();
    expect(screen.queryByText(/overdue|left|over its/i)).toBeNull();
  });

  it('says plainly when the record is in no blueprint, for an empty answer and for RECORD_NOT_IN_PROCESS', async () => {
    renderApp(fakeWire({ getBlueprint: async () => undefined }));
    expect(await screen.findByText('Ava Brooks is not in a blueprint.')).toBeTruthy();
    cleanup();
    renderApp(
      fakeWire({
        getBlueprint: () =>
          crmFailure({
            kind: 'api',
            call: 'getBluePrint',
            code: 'RECORD_NOT_IN_PROCESS',
            message: 'Record not in process',
            fieldApiName: null,
            details: {},
          }),
      }),
    );
    expect(await screen.findByText('Ava Brooks is not in a blueprint.')).toBeTruthy();
  });

  it('shows a load failure with its fix and loads again on retry', async () => {
    let calls = 0;
    const client = renderApp(
      fakeWire({
        getBlueprint: async () => {
          calls += 1;
          if (calls === 1) return crmFailure({ kind: 'timeout', call: 'getBluePrint', afterMs: 15000 });
          const { default: bp } = await import('../../fixtures/lead-blueprint.json');
          return structuredClone(bp);
        },
      }),
    );
    expect(await screen.findByText('Zoho CRM is not answering.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Lead Status path' })).toBeTruthy();
    expect(client.getBlueprint).toHaveBeenCalledTimes(2);
  });

  it('shows a malformed blueprint as an error, not a crash', async () => {
    renderApp(fakeWire({ getBlueprint: async () => ({ blueprint: { transitions: 'nope' } }) }));
    expect(await screen.findByText('Something went wrong talking to Zoho CRM.')).toBeTruthy();
    expect(screen.getByText(/has no usable "process_info"/)).toBeTruthy();
  });
});

describe('a transition', () => {
  it('opens its fields inline in transition order, prefilled, with guidance and tooltips', async () => {
    renderApp();
    const form = await openEstablishContact();
    const labels = within(form)
      .getAllByText(/Call result|Next follow-up|Call summary|Lead Owner/)
      .map((l) => l.textContent);
    expect(labels[0]).toMatch(/^Call result/);
    expect(labels[1]).toMatch(/^Next follow-up/);
    expect(labels[2]).toMatch(/^Call summary/);
    expect(within(form).getByText('Log what the lead said before you move on.')).toBeTruthy();
    expect((within(form).getByLabelText(/Lead Owner/) as HTMLInputElement).value).toBe('Priya Nair');
    expect((within(form).getByLabelText(/Call result/) as HTMLSelectElement).value).toBe('Voicemail');
    expect(within(form).getByText('One line the next rep can act on.')).toBeTruthy();
  });

  it('names what is missing and does not send until it is given', async () => {
    const client = renderApp();
    const form = await openEstablishContact();
    expect(within(form).getByText('Still needed: Next follow-up')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    expect(await within(form).findByText('Next follow-up is required.')).toBeTruthy();
    expect(client.updateBlueprint).not.toHaveBeenCalled();
  });

  it('checks a field once the rep leaves it', async () => {
    renderApp();
    const form = await openEstablishContact();
    const summary = within(form).getByLabelText(/Call summary/);
    fireEvent.input(summary, { target: { value: 'x'.repeat(41) } });
    expect(within(form).queryByText(/at most 40 characters/)).toBeNull();
    fireEvent.blur(summary);
    expect(within(form).getByText('Call summary can be at most 40 characters (now 41).')).toBeTruthy();
    expect(summary.getAttribute('aria-invalid')).toBe('true');
  });

  it('sends the encoded values once, however often the button is clicked, then moves the path', async () => {
    const moved = structuredClone((await import('../../fixtures/lead-blueprint.json')).default);
    moved.blueprint.process_info.field_value = 'Contacted';
    moved.blueprint.process_info.escalation = null as never;
    moved.blueprint.transitions = [moved.blueprint.transitions[1]!];
    let blueprintCalls = 0;
    const client = renderApp(
      fakeWire({
        getBlueprint: async () => {
          blueprintCalls += 1;
          const { default: bp } = await import('../../fixtures/lead-blueprint.json');
          return blueprintCalls === 1 ? structuredClone(bp) : moved;
        },
      }),
    );
    const form = await openEstablishContact();
    fireEvent.change(within(form).getByLabelText(/Call result/), { target: { value: 'Reached' } });
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Wants a demo' } });
    const complete = within(form).getByRole('button', { name: /complete/i });
    fireEvent.click(complete);
    fireEvent.click(complete);
    fireEvent.submit(form);
    expect(await screen.findByText('Done: moved to Contacted.')).toBeTruthy();
    expect(client.updateBlueprint).toHaveBeenCalledTimes(1);
    expect(client.updateBlueprint).toHaveBeenCalledWith(
      { entity: 'Leads', recordId: '301' },
      '4876876000000342606',
      { Call_Result: 'Reached', Next_Follow_Up: '2026-12-03', Summary: 'Wants a demo' },
      expect.anything(),
    );
    const current = screen.getByRole('listitem', { current: 'step' });
    expect(current.textContent).toMatch(/^Contacted/);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('keeps what the rep typed when the CRM refuses, shows why on the field, and sends again on retry', async () => {
    let attempts = 0;
    const client = renderApp(
      fakeWire({
        updateBlueprint: async () => {
          attempts += 1;
          if (attempts === 1)
            return crmFailure({
              kind: 'api',
              call: 'updateBluePrint',
              code: 'INVALID_DATA',
              message: 'invalid data',
              fieldApiName: 'Summary',
              details: { api_name: 'Summary' },
            });
          return { code: 'SUCCESS', status: 'success', message: 'transition updated successfully' };
        },
      }),
    );
    const form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Wants a demo' } });
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    expect(await within(form).findByText('The CRM did not accept a value.')).toBeTruthy();
    expect(within(form).getByText('invalid data', { selector: '.item__error' })).toBeTruthy();
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Wants a demo');
    expect((within(form).getByLabelText(/Next follow-up/) as HTMLInputElement).value).toBe('12/03/2026');
    fireEvent.click(within(form).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(client.updateBlueprint).toHaveBeenCalledTimes(2));
    expect(client.updateBlueprint.mock.calls[1]![2]).toEqual({
      Call_Result: 'Voicemail',
      Next_Follow_Up: '2026-12-03',
      Summary: 'Wants a demo',
    });
  });

  it('says a transition is no longer available when the CRM refuses it and it has gone, and shows where the record stands', async () => {
    const moved = structuredClone((await import('../../fixtures/lead-blueprint.json')).default);
    moved.blueprint.process_info.field_value = 'Contacted';
    moved.blueprint.transitions = [];
    let calls = 0;
    renderApp(
      fakeWire({
        getBlueprint: async () => {
          calls += 1;
          const { default: bp } = await import('../../fixtures/lead-blueprint.json');
          return calls === 1 ? structuredClone(bp) : moved;
        },
        updateBlueprint: () =>
          crmFailure({
            kind: 'api',
            call: 'updateBluePrint',
            code: 'INVALID_DATA',
            message: 'transition not available',
            fieldApiName: null,
            details: {},
          }),
      }),
    );
    const form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    expect(await screen.findByText(/“Establish contact” is no longer available from this stage/)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contacted/);
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('parallel transitions', () => {
  it('are grouped under their parent, which completes when all of them are done', async () => {
    const bp = structuredClone((await import('../../fixtures/lead-blueprint.json')).default) as {
      blueprint: { transitions: Record<string, unknown>[] };
    };
    bp.blueprint.transitions = [
      {
        id: 'p1',
        name: 'Legal review',
        next_field_value: 'Qualified',
        parent_transition: { id: 'p0', name: 'Sign-off' },
        criteria_matched: true,
        fields: [],
      },
      {
        id: 'p2',
        name: 'Finance review',
        next_field_value: 'Qualified',
        parent_transition: { id: 'p0', name: 'Sign-off' },
        criteria_matched: true,
        fields: [],
      },
      { id: 'solo', name: 'Call back', next_field_value: 'Contacted', criteria_matched: true, fields: [] },
    ];
    renderApp(fakeWire({ getBlueprint: async () => bp }));
    const title = await screen.findByText('Sign-off');
    const group = title.closest('li')!;
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Legal review→ moves to Qualified', 'Finance review→ moves to Qualified']);
    expect(within(group).getByText(/completes when all of these are done/)).toBeTruthy();
    expect(within(group).queryByRole('button', { name: /call back/i })).toBeNull();
  });
});

describe('read-only fields', () => {
  it("show dates in the user's format and money with the org's currency, in the user's locale", async () => {
    const bp = structuredClone((await import('../../fixtures/lead-blueprint.json')).default) as {
      blueprint: { transitions: Record<string, unknown>[] };
    };
    const t = bp.blueprint.transitions[0]!;
    t.data = { ...(t.data as object), Budget_Approved: 48500, Met_On: '2026-11-03' };
    t.fields = [
      ...(t.fields as object[]),
      {
        api_name: 'Budget_Approved',
        field_label: 'Approved budget',
        data_type: 'currency',
        read_only: true,
        transition_sequence: 8,
      },
      { api_name: 'Met_On', field_label: 'Met on', data_type: 'date', read_only: true, transition_sequence: 9 },
    ];
    renderApp(
      fakeWire({
        getBlueprint: async () => bp,
        getOrgInfo: async () => ({ org: [{ currency_symbol: '€' }] }),
        getCurrentUser: async () => ({
          users: [{ locale: 'de_DE', time_zone: 'Europe/Berlin', date_format: 'dd.MM.yyyy' }],
        }),
      }),
    );
    const form = await openEstablishContact();
    expect(within(form).getByText('€48.500,00')).toBeTruthy();
    expect(within(form).getByText('03.11.2026')).toBeTruthy();
  });
});

describe('drafts across a closed popup', () => {
  it('does not bring back a form the rep only opened, without typing', async () => {
    renderApp();
    await openEstablishContact();
    cleanup();
    renderApp();
    await screen.findByRole('list', { name: 'Lead Status path' });
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('brings back a form the rep typed in, and after Cancel keeps the text for next time without reopening', async () => {
    renderApp();
    let form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Half a thought' } });
    cleanup();
    renderApp();
    form = await screen.findByRole('form', { name: 'Establish contact' });
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Half a thought');
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    cleanup();
    renderApp();
    await screen.findByRole('list', { name: 'Lead Status path' });
    expect(screen.queryByRole('form')).toBeNull();
    form = await openEstablishContact();
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Half a thought');
  });
});

describe('a blueprint that lists a transition id twice', () => {
  it('offers the transition once and opens one form with unique element ids', async () => {
    const { default: duplicated } = await import('../../fixtures/duplicate-transition-ids.json');
    renderApp(fakeWire({ getBlueprint: async () => structuredClone(duplicated) }));
    await screen.findByRole('list', { name: 'Lead Status path' });
    expect(screen.getAllByRole('button', { name: /establish contact/i })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /again/i })).toBeNull();
    expect(screen.getAllByRole('button', { name: /qualify/i })).toHaveLength(1);
    const form = await openEstablishContact();
    expect(screen.getAllByRole('form')).toEqual([form]);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('CRM strings with direction controls', () => {
  it('isolates the direction of every CRM string, so a U+202E in one cannot reorder the words around it', async () => {
    const { default: bp } = await import('../../fixtures/lead-blueprint.json');
    const hostile = structuredClone(bp);
    const [first, second, third] = hostile.blueprint.transitions;
    first!.name = 'Establish \u202Econtact';
    second!.criteria_message = 'Revenue \u202Emissing';
    third!.name = 'Park \u202Elater';
    hostile.blueprint.process_info.name = 'Nurture \u202Eprocess';
    renderApp(
      fakeWire({
        getBlueprint: async () => hostile,
        getRecord: async () => ({ data: [{ id: '301', Full_Name: 'Ava \u202EBrooks' }] }),
      }),
    );
    const isolated = (text: string) => {
      const node = screen.getByText(
        (_, el) => el?.textContent === text && [...(el.children ?? [])].every((c) => c.textContent !== text),
      );
      const bdi = node.closest('bdi');
      return bdi !== null && bdi.textContent === text;
    };
    await screen.findByRole('list', { name: 'Lead Status path' });
    expect(isolated('Ava \u202EBrooks')).toBe(true);
    expect(isolated('Establish \u202Econtact')).toBe(true);
    expect(isolated('Revenue \u202Emissing')).toBe(true);
    expect(isolated('Park \u202Elater')).toBe(true);
    expect(isolated('Nurture \u202Eprocess')).toBe(true);
    // States and targets too: each name sits in its own isolating element.
    for (const name of ['Attempted to Contact', 'Contacted', 'Qualified']) {
      expect(screen.getAllByText(name).every((el) => el.closest('bdi') !== null)).toBe(true);
    }
  });
});
