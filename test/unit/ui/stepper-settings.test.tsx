import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { loadTransitionForm } from '../../../src/ui/lazy-transition-form.tsx';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadLazyCode } from './lazy-code.ts';
import { renderApp } from './render-app.tsx';
import { crmFailure, fakeWire } from '../fake-wire.ts';

// The lazily loaded form is in before any test opens it (see lazy-code.ts).
beforeAll(loadLazyCode, 60_000);

afterEach(cleanup);

/** A getOrgVariable answer holding these Leads settings. */
function leadsSettings(leads: Record<string, unknown>) {
  return async () => ({ Success: { Content: JSON.stringify({ version: 1, modules: { Leads: leads } }) } });
}

const admin = async () => ({ users: [{ locale: 'en_US', time_zone: 'UTC', profile: { name: 'Administrator' } }] });
const rep = async () => ({ users: [{ locale: 'en_US', time_zone: 'UTC', profile: { name: 'Standard' } }] });

/** The banner meant for administrators. */
async function adminNote(): Promise<HTMLElement> {
  await screen.findByRole('list', { name: 'Lead Status path' });
  // It comes with the form's code and texts, right after the stepper.
  await act(async () => {
    await loadTransitionForm();
    await import('../../../src/ui/admin-note.tsx');
    await new Promise((done) => setTimeout(done, 20));
  });
  const find = () => screen.queryAllByRole('note').find((n) => n.textContent?.startsWith('For administrators:'));
  await waitFor(() => expect(find()).toBeTruthy());
  return find()!;
}

const stepLabels = (name: string) =>
  within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the stepper with admin settings', () => {
  it('asks for the settings in the same round trip as the blueprint, record and user, and the field list once the blueprint is in', async () => {
    let answerBlueprint: (v: unknown) => void = () => undefined;
    const { default: bp } = await import('../../fixtures/lead-blueprint.json');
    const client = renderApp(fakeWire({ getBlueprint: () => new Promise((resolve) => (answerBlueprint = resolve)) }));
    await waitFor(() => expect(client.getOrgVariable).toHaveBeenCalledWith('bpstepper__settings', expect.anything()));
    // The blueprint has not answered yet: every first call is already out; the big field list is not.
    for (const call of [client.getBlueprint, client.getRecord, client.getCurrentUser, client.getOrgVariable])
      expect(call).toHaveBeenCalledTimes(1);
    expect(client.getFields).not.toHaveBeenCalled();
    answerBlueprint(structuredClone(bp));
    expect(await screen.findByRole('list', { name: 'Lead Status path' })).toBeTruthy();
    expect(client.getFields).toHaveBeenCalledTimes(1);
  });

  it("leaves hidden stages out, follows the admin's order and shows closing stages apart", async () => {
    renderApp(
      fakeWire({
        getOrgVariable: leadsSettings({
          states: [
            { value: 'Contacted' },
            { value: 'Junk Lead', hidden: true },
            { value: 'Qualified', closing: 'won' },
          ],
        }),
      }),
    );
    await screen.findByRole('list', { name: 'Lead Status path' });
    await waitFor(() => {
      expect(stepLabels('Lead Status path')).toEqual([
        'Contacted, earlier in the process',
        'Not Contacted, earlier in the process',
        'Attempted to Contact, current stage',
        'Contact in Future, not reached',
      ]);
    });
    expect(stepLabels('Closing stages')).toEqual(['Qualified, closing stage (won), not reached']);
  });

  it('shows the current stage even when the admin hid it, and says so', async () => {
    renderApp(
      fakeWire({ getOrgVariable: leadsSettings({ states: [{ value: 'Attempted to Contact', hidden: true }] }) }),
    );
    const current = await screen.findByRole('listitem', { current: 'step' });
    expect(current.textContent).toBe('Attempted to Contact, current stage (normally hidden)');
    expect(
      screen.getByText(
        '“Attempted to Contact” is normally hidden from this path; it shows because this record is in it.',
      ),
    ).toBeTruthy();
  });

  it('shows the guidance of the current stage as text with http(s) links, and never runs markup', async () => {
    const guidance =
      'Call twice before moving on.\nScript: https://intranet.example/script <b>bold</b> javascript:alert(1)';
    renderApp(
      fakeWire({
        getOrgVariable: leadsSettings({
          states: [
            { value: 'Attempted to Contact', guidance },
            { value: 'Contacted', guidance: 'Not this one' },
          ],
        }),
      }),
    );
    const note = await screen.findByRole('complementary', { name: 'Guidance for “Attempted to Contact”' });
    expect(note.textContent).toContain(
      'Call twice before moving on.\nScript: https://intranet.example/script <b>bold</b> javascript:alert(1)',
    );
    const links = within(note).getAllByRole('link');
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
    ).toEqual([
      ['https://intranet.example/script', 'https://intranet.example/script', '_blank', 'noopener noreferrer'],
    ]);
    expect(note.querySelector('b')).toBeNull();
    expect(screen.queryByText('Not this one')).toBeNull();
  });

  it('does not offer a transition the admin hid', async () => {
    renderApp(fakeWire({ getOrgVariable: leadsSettings({ hiddenTransitions: ['ESTABLISH CONTACT'] }) }));
    await screen.findByRole('list', { name: 'Lead Status path' });
    expect(screen.queryByRole('button', { name: /establish contact/i })).toBeNull();
    expect(screen.getByRole('button', { name: /qualify/i })).toBeTruthy();
  });

  it('says politely that the widget is not enabled for a module the admin turned off', async () => {
    const client = renderApp(fakeWire({ getOrgVariable: leadsSettings({ enabled: false }) }));
    const title = await screen.findByText('The Blueprint Stepper is not enabled for Leads.');
    expect(title.closest('[role="status"]')).toBeTruthy();
    expect(screen.getByText(/move Ava Brooks along its blueprint from the record page itself/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Lead Status path' })).toBeNull();
    expect(client.updateBlueprint).not.toHaveBeenCalled();
  });
});

describe('settings the widget cannot use', () => {
  it('fall back to the defaults with a note an administrator sees', async () => {
    renderApp(
      fakeWire({
        getOrgVariable: async () => ({ Success: { Content: '{"version": 1, "modules": ' } }),
        getCurrentUser: admin,
      }),
    );
    const note = await adminNote();
    expect(note.textContent).toBe(
      'For administrators: The saved settings are not valid JSON, so the widget uses its defaults: on in every module, stages in the picklist’s order.' +
        " To show this blueprint's own stages, with its exits apart, read the blueprints on the extension's settings page (it explains the connection it needs).",
    );
    await waitFor(() => {
      expect(stepLabels('Lead Status path')).toHaveLength(6);
    });
    expect(screen.getByRole('button', { name: /establish contact/i })).toBeTruthy();
  });

  it("with one bad key in another module keep this module's settings, and tell an administrator what was ignored", async () => {
    const doc = {
      version: 1,
      modules: { Leads: { states: [{ value: 'Junk Lead', hidden: true }] }, Deals: { afterTransition: 'explode' } },
    };
    renderApp(
      fakeWire({ getOrgVariable: async () => ({ Success: { Content: JSON.stringify(doc) } }), getCurrentUser: admin }),
    );
    const note = await adminNote();
    expect(note.textContent).toMatch(
      /^For administrators: Some saved settings don’t have the expected shape and were ignored;.* Ignored for Deals: what follows a completed transition\./,
    );
    expect(within(screen.getByRole('list', { name: 'Lead Status path' })).queryByText(/Junk Lead/)).toBeNull();
  });

  it('fall back to the defaults without a note for a rep', async () => {
    renderApp(
      fakeWire({ getOrgVariable: async () => ({ Success: { Content: '{"version": 7}' } }), getCurrentUser: rep }),
    );
    await screen.findByRole('list', { name: 'Lead Status path' });
    // The note would come with the form's code: once that is in, there is still none.
    await act(async () => {
      await loadTransitionForm();
      await import('../../../src/ui/admin-note.tsx');
      await new Promise((done) => setTimeout(done, 20));
    });
    expect(screen.queryByText(/For administrators/)).toBeNull();
  });

  it('fall back to the defaults when reading them fails, and the stepper still works', async () => {
    renderApp(
      fakeWire({
        getOrgVariable: () =>
          crmFailure({
            kind: 'api',
            call: 'getOrgVariable',
            code: 'INTERNAL_ERROR',
            message: 'Internal Server Error',
            fieldApiName: null,
            details: {},
          }),
        getCurrentUser: admin,
      }),
    );
    expect((await adminNote()).textContent).toMatch(
      /could not be read from the CRM.*\(getOrgVariable: INTERNAL_ERROR\)/,
    );
    expect(screen.getByRole('button', { name: /establish contact/i })).toBeTruthy();
  });

  it("set up on another field than the blueprint's leave the path in picklist order, and tell an administrator", async () => {
    renderApp(
      fakeWire({
        getOrgVariable: leadsSettings({ processField: 'Lead_Source', states: [{ value: 'Contacted', hidden: true }] }),
        getCurrentUser: admin,
      }),
    );
    expect((await adminNote()).textContent).toMatch(
      /set up the path on the field Lead_Source, but this record's blueprint runs on Lead_Status/,
    );
    expect(stepLabels('Lead Status path')).toContain('Contacted, not reached');
  });
});

describe('after a completed transition', () => {
  async function completeEstablishContact() {
    fireEvent.click(await screen.findByRole('button', { name: /establish contact/i }));
    const form = await screen.findByRole('form', { name: 'Establish contact' });
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '2026-12-03' } });
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
  }

  it('closes the popup and reloads the record page when the admin chose so', async () => {
    const client = renderApp(fakeWire({ getOrgVariable: leadsSettings({ afterTransition: 'close-reload' }) }));
    await completeEstablishContact();
    await waitFor(() => expect(client.closePopup).toHaveBeenCalledWith(true));
    expect(client.updateBlueprint).toHaveBeenCalledTimes(1);
    // Closing is the last thing it does: no reload of a blueprint nobody will see.
    expect(client.getBlueprint).toHaveBeenCalledTimes(1);
  });

  it('closes the popup without a reload when the admin chose so', async () => {
    const client = renderApp(fakeWire({ getOrgVariable: leadsSettings({ afterTransition: 'close' }) }));
    await completeEstablishContact();
    await waitFor(() => expect(client.closePopup).toHaveBeenCalledWith(false));
  });

  it('stays and shows what happened when the CRM will not close the popup', async () => {
    const client = renderApp(
      fakeWire({
        getOrgVariable: leadsSettings({ afterTransition: 'close' }),
        closePopup: () => crmFailure({ kind: 'unexpected', call: 'Popup.close', message: 'no popup' }),
      }),
    );
    await completeEstablishContact();
    expect(await screen.findByText('Done: moved to Contacted.')).toBeTruthy();
    expect(client.closePopup).toHaveBeenCalledTimes(1);
  });

  it('stays by default', async () => {
    const client = renderApp();
    await completeEstablishContact();
    expect(await screen.findByText('Done: moved to Contacted.')).toBeTruthy();
    expect(client.closePopup).not.toHaveBeenCalled();
  });
});
