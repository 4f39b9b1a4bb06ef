import { appProps } from '../app-props.ts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { decodingClient } from '../../../../src/crm/decoding-client.ts';
import { SettingsApp } from '../../../../src/ui/settings/settings-app.tsx';
import { crmFailure, fakeWire } from '../../fake-wire.ts';
import leadFields from '../../../fixtures/lead-fields.json';
import de from '../../../../src/translations/de.json';

afterEach(cleanup);

const MODULES = {
  modules: [
    { api_name: 'Leads', plural_label: 'Leads', api_supported: true },
    { api_name: 'Contacts', plural_label: 'Contacts', api_supported: true },
    { api_name: 'Accounts', plural_label: 'Accounts', api_supported: true },
  ],
};

const FIELDS: Record<string, unknown> = {
  Leads: leadFields,
  Contacts: { fields: [{ api_name: 'Last_Name', data_type: 'text', field_label: 'Last Name' }] },
  Accounts: {
    fields: [
      {
        api_name: 'Industry',
        data_type: 'picklist',
        field_label: 'Industry',
        pick_list_values: [{ display_value: 'Retail', actual_value: 'Retail', sequence_number: 1 }],
      },
      {
        api_name: 'Rating',
        data_type: 'picklist',
        field_label: 'Rating',
        pick_list_values: [{ display_value: 'Active', actual_value: 'Active', sequence_number: 1 }],
      },
    ],
  },
};

/** A CRM whose settings variable lives in memory, like the simulator's: written by setOrgVariable, read by getOrgVariable. */
function settingsCrm(initial: string | null = null, overrides: Parameters<typeof fakeWire>[0] = {}) {
  const store = { value: initial };
  const client = fakeWire({
    getModules: async () => structuredClone(MODULES),
    getFields: async (entity: string) => structuredClone(FIELDS[entity]),
    getOrgVariable: async () =>
      store.value === null ? { Error: { Content: 'No variable' } } : { Success: { Content: store.value } },
    getCurrentUser: async () => ({ users: [{ locale: 'en_US', profile: { name: 'Administrator' } }] }),
    setOrgVariable: async (_name: string, value: string) => {
      store.value = value;
    },
    ...overrides,
  } as Parameters<typeof fakeWire>[0]);
  return { client, store };
}

function renderPage(client: ReturnType<typeof fakeWire>) {
  render(
    <SettingsApp
      client={decodingClient(client)}
      ready={Promise.resolve()}
      loadMessages={appProps().loadMessages}
      locale="en-US"
    />,
  );
}

const row = (name: RegExp) => screen.getByRole('group', { name });
const stageNames = () =>
  screen
    .getAllByRole('group', { name: /^\d+\./ })
    .map((g) => g.querySelector('legend')?.textContent?.replace(/hidden|closes.*/g, ''));

describe('the settings page', () => {
  it("lists the org's modules and opens the first with its process field found and its stages in picklist order", async () => {
    const { client } = settingsCrm();
    renderPage(client);
    const nav = await screen.findByRole('navigation', { name: 'Modules' });
    expect(
      within(nav)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Leadson', 'Contactson', 'Accountson']);
    expect(((await screen.findByLabelText('Process field')) as HTMLSelectElement).value).toBe('Lead_Status');
    expect(stageNames()).toEqual([
      '1. Not Contacted',
      '2. Attempted to Contact',
      '3. Contact in Future',
      '4. Contacted',
      '5. Qualified',
      '6. Junk Lead',
    ]);
    expect(screen.getByRole('note').textContent).toMatch(/No settings have been saved yet/);
    expect(client.getOrgVariable).toHaveBeenCalledWith('bpstepper__settings', expect.anything());
  });

  it('shows what changed before saving, writes valid settings, and reads them back to show they took', async () => {
    const { client, store } = settingsCrm();
    renderPage(client);
    await screen.findByLabelText('Process field');
    fireEvent.click(within(row(/Junk Lead/)).getByRole('checkbox', { name: 'Show on the path' }));
    fireEvent.input(within(row(/Not Contacted/)).getByLabelText('Guidance for reps at this stage'), {
      target: { value: 'Call within a day.' },
    });
    fireEvent.input(screen.getByLabelText('Transition name'), { target: { value: 'Mark as junk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Close the popup and reload the record page' }));
    expect(screen.getByRole('heading', { name: 'Unsaved changes (5)' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: /Unsaved changes/ }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Leads: path set up on the field Lead Status',
      'Leads: guidance added for “Not Contacted”',
      'Leads: “Junk Lead” hidden from the path',
      'Leads: transition “Mark as junk” hidden',
      'Leads: after a transition: close the popup and reload the record page',
    ]);
    expect(client.setOrgVariable).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved. The settings were read back from the CRM and are now in use.')).toBeTruthy();
    expect(client.setOrgVariable).toHaveBeenCalledTimes(1);
    expect(JSON.parse(store.value ?? '')).toMatchObject({
      version: 1,
      modules: {
        Leads: {
          enabled: true,
          processField: 'Lead_Status',
          hiddenTransitions: ['Mark as junk'],
          afterTransition: 'close-reload',
        },
      },
    });
    // Read back after the write: the first load and the check.
    expect(client.getOrgVariable).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { name: 'No unsaved changes' })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it("keeps the admin's edits when the write fails, says why in plain words, and saves on retry", async () => {
    let attempts = 0;
    const { client, store } = settingsCrm(null, {
      setOrgVariable: async (_n: string, value: string) => {
        attempts += 1;
        if (attempts === 1)
          return crmFailure({
            kind: 'api',
            call: 'invokeAPI',
            code: 'INTERNAL_ERROR',
            message: 'Internal Server Error',
            fieldApiName: null,
            details: {},
          });
        store.value = value;
      },
    } as Parameters<typeof fakeWire>[0]);
    renderPage(client);
    await screen.findByLabelText('Process field');
    fireEvent.input(within(row(/^4\. Contacted$/)).getByLabelText('Guidance for reps at this stage'), {
      target: { value: 'Ask about budget.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /The settings were not saved\. The CRM ran into a problem\..*Try again in a moment\. Your changes are still here\./,
    );
    expect(
      (within(row(/^4\. Contacted$/)).getByLabelText('Guidance for reps at this stage') as HTMLTextAreaElement).value,
    ).toBe('Ask about budget.');
    expect(screen.getByRole('heading', { name: /Unsaved changes/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^Saved\./)).toBeTruthy();
    expect(
      JSON.parse(store.value ?? '').modules.Leads.states.find((s: { value: string }) => s.value === 'Contacted')
        .guidance,
    ).toBe('Ask about budget.');
  });

  it('moves a stage with the up and down buttons, announcing where it went', async () => {
    const { client } = settingsCrm();
    renderPage(client);
    await screen.findByLabelText('Process field');
    fireEvent.click(screen.getByRole('button', { name: 'Move “Contacted” up' }));
    expect(stageNames().slice(2, 4)).toEqual(['3. Contacted', '4. Contact in Future']);
    expect(screen.getByText('“Contacted” moved to position 3 of 6.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move “Contacted” down' }));
    expect(stageNames()[3]).toBe('4. Contacted');
    // At the top the button stays focusable but does nothing.
    const up = screen.getByRole('button', { name: 'Move “Not Contacted” up' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(up);
    expect(stageNames()[0]).toBe('1. Not Contacted');
  });

  it('refuses to save a path whose every stage is hidden, and writes nothing', async () => {
    const { client } = settingsCrm();
    renderPage(client);
    await screen.findByLabelText('Process field');
    for (const box of screen.getAllByRole('checkbox', { name: 'Show on the path' })) fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /can’t be saved yet:.*Leads: at least one stage must show on the path/,
    );
    expect(client.setOrgVariable).not.toHaveBeenCalled();
  });

  it('shows stored settings it cannot read with the reason, and saving repairs them', async () => {
    const { client, store } = settingsCrm('{"version": 1, "modules": {');
    renderPage(client);
    expect((await screen.findByRole('note')).textContent).toMatch(/not valid JSON.*Saving here replaces them\./);
    const save = screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement;
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await screen.findByText(/^Saved\./);
    expect(JSON.parse(store.value ?? '')).toEqual({ version: 1, modules: {} });
  });

  it('shows why stored settings of the wrong shape are not in use, with the schema problem apart as technical detail', async () => {
    const { client } = settingsCrm(JSON.stringify({ version: 1, modules: ['Leads'] }));
    renderPage(client);
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(
      /^The saved settings don’t have the expected shape, so the widget uses its defaults.*Saving here replaces them\./,
    );
    const detail = within(note).getByText('"modules" must be an object keyed by module API name');
    expect(detail.getAttribute('lang')).toBe('en');
    expect(detail.parentElement?.textContent).toBe(
      'Technical detail: "modules" must be an object keyed by module API name',
    );
  });

  it('uses the good part of settings with a bad key, lists what was ignored, and saving repairs them', async () => {
    const leads = {
      processField: 'Lead_Status',
      states: [{ value: 'Qualified' }, { value: 'Junk Lead', hidden: true }],
      afterTransition: 'close',
    };
    const { client, store } = settingsCrm(
      JSON.stringify({ version: 1, modules: { Leads: leads, Contacts: { enabled: 'yes' }, Accounts: 12 } }),
    );
    renderPage(client);
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(
      /^Some saved settings don’t have the expected shape and were ignored;.*Saving here writes the settings as shown, without the ignored parts\./,
    );
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ignored for Contacts: whether the widget is on.', 'Ignored: all settings for Accounts.']);
    await screen.findByLabelText('Process field');
    expect(stageNames()[0]).toBe('1. Qualified');
    expect((screen.getByRole('radio', { name: 'Close the popup' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/^Saved\./);
    expect(JSON.parse(store.value ?? '').modules).toEqual({
      Leads: {
        enabled: true,
        processField: 'Lead_Status',
        states: [
          { value: 'Qualified', hidden: false, closing: null, guidance: '' },
          { value: 'Junk Lead', hidden: true, closing: null, guidance: '' },
        ],
        hiddenTransitions: [],
        afterTransition: 'close',
      },
      Contacts: { enabled: true, processField: null, states: [], hiddenTransitions: [], afterTransition: 'stay' },
    });
  });

  it('will not overwrite settings of a newer format', async () => {
    const { client } = settingsCrm('{"version": 9, "modules": {}}');
    renderPage(client);
    expect((await screen.findByRole('note')).textContent).toMatch(/newer version.*Saving is turned off/);
    await screen.findByLabelText('Process field');
    fireEvent.click(within(row(/Junk Lead/)).getByRole('checkbox', { name: 'Show on the path' }));
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('fails the page, with a retry, when the stored settings cannot be read', async () => {
    let calls = 0;
    const { client } = settingsCrm(null, {
      getOrgVariable: async () => {
        calls += 1;
        return calls === 1
          ? crmFailure({ kind: 'timeout', call: 'getOrgVariable', afterMs: 15000 })
          : { Error: { Content: 'No variable' } };
      },
    } as Parameters<typeof fakeWire>[0]);
    renderPage(client);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Zoho CRM is not answering/);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Process field')).toBeTruthy();
  });

  it('says so when a read-back differs from what was written', async () => {
    const { client } = settingsCrm(null, {
      getOrgVariable: async () => ({ Error: { Content: 'No variable' } }),
    } as Parameters<typeof fakeWire>[0]);
    renderPage(client);
    await screen.findByLabelText('Process field');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show the Blueprint Stepper on Leads records' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Saved, but the CRM holds something other than what was sent/)).toBeTruthy();
    expect(screen.getByText('Leads: widget turned off')).toBeTruthy();
  });

  it('lets the admin choose the process field of a module with no known one, and says when a module has none', async () => {
    const { client } = settingsCrm();
    renderPage(client);
    await screen.findByLabelText('Process field');
    fireEvent.click(screen.getByRole('button', { name: /^Contacts/ }));
    expect(await screen.findByText(/Contacts has no picklist fields/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Accounts/ }));
    const select = (await screen.findByLabelText('Process field')) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(screen.queryByRole('group', { name: 'Path' })).toBeNull();
    fireEvent.change(select, { target: { value: 'Rating' } });
    expect(stageNames()).toEqual(['1. Active']);
    expect(screen.getByText('Accounts: path set up on the field Rating')).toBeTruthy();
    await waitFor(() => expect(client.getFields).toHaveBeenCalledTimes(3));
  });

  it('discards the edits back to what is stored', async () => {
    const { client } = settingsCrm();
    renderPage(client);
    await screen.findByLabelText('Process field');
    fireEvent.click(within(row(/Junk Lead/)).getByRole('checkbox', { name: 'Show on the path' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByRole('heading', { name: 'No unsaved changes' })).toBeTruthy();
    expect(
      (within(row(/Junk Lead/)).getByRole('checkbox', { name: 'Show on the path' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('writes once however often Save is clicked', async () => {
    const { client } = settingsCrm();
    renderPage(client);
    await screen.findByLabelText('Process field');
    fireEvent.click(within(row(/Junk Lead/)).getByRole('checkbox', { name: 'Show on the path' }));
    const save = screen.getByRole('button', { name: 'Save settings' });
    fireEvent.click(save);
    fireEvent.click(save);
    await screen.findByText(/^Saved\./);
    expect(client.setOrgVariable).toHaveBeenCalledTimes(1);
  });

  it("follows the user's CRM locale, not the browser's, once the CRM says who they are (issue 26)", async () => {
    const { client } = settingsCrm(null, {
      getCurrentUser: async () => ({ users: [{ locale: 'de_DE', profile: { name: 'Administrator' } }] }),
    });
    const asked: string[] = [];
    render(
      <SettingsApp
        client={decodingClient(client)}
        ready={Promise.resolve()}
        loadMessages={async (locale) => {
          asked.push(locale);
          return locale.startsWith('de') ? { locale: 'de', messages: de } : appProps().loadMessages();
        }}
        locale="en-US"
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Blueprint Stepper – Einstellungen' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(asked).toEqual(['en-US', 'de-DE']);
  });

  it("speaks the admin's language: German texts, change lines and announcements", async () => {
    const { client } = settingsCrm();
    render(
      <SettingsApp
        client={decodingClient(client)}
        ready={Promise.resolve()}
        loadMessages={async () => ({ locale: 'de', messages: de })}
        locale="de-DE"
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Blueprint Stepper – Einstellungen' })).toBeTruthy();
    expect(document.title).toBe('Blueprint Stepper – Einstellungen');
    expect(document.documentElement.lang).toBe('de');
    expect(((await screen.findByLabelText('Prozessfeld')) as HTMLSelectElement).value).toBe('Lead_Status');
    expect(screen.getByRole('note').textContent).toMatch(/^Es wurden noch keine Einstellungen gespeichert/);
    expect(screen.getByRole('heading', { name: 'Keine ungespeicherten Änderungen' })).toBeTruthy();
    fireEvent.click(within(row(/Junk Lead/)).getByRole('checkbox', { name: 'Im Verlauf anzeigen' }));
    fireEvent.click(screen.getByRole('button', { name: '„Contacted“ nach oben verschieben' }));
    expect(screen.getByText('„Contacted“ ist jetzt an Position 3 von 6.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ungespeicherte Änderungen (3)' })).toBeTruthy();
    expect(screen.getByText('Leads: „Junk Lead“ im Verlauf ausgeblendet')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    expect(await screen.findByText(/^Gespeichert\. Die Einstellungen wurden aus dem CRM zurückgelesen/)).toBeTruthy();
  });
});

describe('the settings page with modules named like built-in object keys', () => {
  it('lists and edits a module called "constructor" like any other', async () => {
    const modules = {
      modules: [{ api_name: 'constructor', plural_label: 'Constructors', api_supported: true }, ...MODULES.modules],
    };
    const fields: Record<string, unknown> = { ...FIELDS, constructor: FIELDS.Accounts };
    const { client, store } = settingsCrm(null, {
      getModules: async () => structuredClone(modules),
      getFields: async (entity: string) => structuredClone(fields[entity]),
    } as Parameters<typeof fakeWire>[0]);
    renderPage(client);
    const nav = await screen.findByRole('navigation', { name: 'Modules' });
    expect(
      within(nav)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Constructorson', 'Leadson', 'Contactson', 'Accountson']);
    expect(await screen.findByLabelText('Process field')).toBeTruthy();
    expect(client.getFields).toHaveBeenCalledWith('constructor', expect.anything());
    // CRM names sit in direction-isolating elements here too.
    expect(within(nav).getByText('Constructors').tagName).toBe('BDI');
    expect(screen.getByRole('heading', { level: 2, name: 'Constructors' }).querySelector('bdi')?.textContent).toBe(
      'Constructors',
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Constructors/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/^Saved\./);
    expect(JSON.parse(store.value ?? '{}').modules.constructor.enabled).toBe(false);
  });
});

describe('the settings page for someone who is not an administrator', () => {
  const saved = JSON.stringify({
    version: 1,
    modules: { Leads: { processField: 'Lead_Status', afterTransition: 'close', hiddenTransitions: ['Mark as junk'] } },
  });

  /** Every control that could change a setting, and whether any is usable. */
  const editable = () =>
    [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>(
        'main input, main select, main textarea, main button',
      ),
    ].filter((c) => !c.disabled && c.getAttribute('aria-disabled') !== 'true' && !c.closest('nav'));

  it('shows a rep the settings read-only, says why, and never writes', async () => {
    const { client } = settingsCrm(saved, {
      getCurrentUser: async () => ({ users: [{ profile: { name: 'Standard' }, role: { name: 'Sales Rep' } }] }),
    } as Parameters<typeof fakeWire>[0]);
    renderPage(client);
    const select = (await screen.findByLabelText('Process field')) as HTMLSelectElement;
    expect(select.value).toBe('Lead_Status');
    expect(select.disabled).toBe(true);
    expect((screen.getByRole('radio', { name: 'Close the popup' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Mark as junk')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe(
      'Only CRM administrators can change these settings. You can look at them here, but not change them.',
    );
    expect(editable()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
    // Another module opens, read-only too.
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Modules' })).getByRole('button', { name: /Accounts/ }),
    );
    expect(((await screen.findByLabelText('Process field')) as HTMLSelectElement).disabled).toBe(true);
    expect(editable()).toEqual([]);
    expect(client.setOrgVariable).not.toHaveBeenCalled();
  });

  it('stays read-only, saying it could not check, when the current user cannot be read', async () => {
    const { client } = settingsCrm(saved, {
      getCurrentUser: () => crmFailure({ kind: 'timeout', call: 'getCurrentUser', afterMs: 15000 }),
    } as Parameters<typeof fakeWire>[0]);
    renderPage(client);
    expect(((await screen.findByLabelText('Process field')) as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByRole('note').textContent).toMatch(
      /^The CRM did not say who you are, so these settings are read-only here\./,
    );
    expect(editable()).toEqual([]);
  });

  it('lets a user whose role the CRM marks as an administrator role edit', async () => {
    const { client } = settingsCrm(saved, {
      getCurrentUser: async () => ({
        users: [{ profile: { name: 'Sales Admin' }, role: { name: 'CEO', admin_user: true } }],
      }),
    } as Parameters<typeof fakeWire>[0]);
    renderPage(client);
    expect(((await screen.findByLabelText('Process field')) as HTMLSelectElement).disabled).toBe(false);
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeTruthy();
  });
});
