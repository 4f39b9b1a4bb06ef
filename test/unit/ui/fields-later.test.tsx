import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { App } from '../../../src/ui/app.tsx';
import { TEXTS_GRACE_MS } from '../../../src/ui/use-texts.ts';
import en from '../../../src/translations/en.json';
import { appProps } from './app-props.ts';
import { loadLazyCode } from './lazy-code.ts';
import { fakeWire, leadPage } from '../fake-wire.ts';
import fields from '../../fixtures/lead-fields.json';

beforeAll(loadLazyCode, 60_000);

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** A getFields answer the test gives (or fails) when it wants: a real org's list can take long to come. */
function slowFields() {
  let answer: (value: unknown) => void = () => undefined;
  let fail: (reason: unknown) => void = () => undefined;
  const promise = new Promise<unknown>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { getFields: () => promise, answer, fail };
}

const pathSteps = async () =>
  within(await screen.findByRole('list', { name: 'Lead Status path' }))
    .getAllByRole('listitem')
    .map((s) => s.textContent);

const NO_STATES = /full list of stages could not be loaded/i;

describe('the stepper before the field list has come', () => {
  it('shows the transitions, usable, with the path of what the blueprint names and no stage as passed', async () => {
    const client = fakeWire({ getFields: () => new Promise(() => undefined) });
    render(<App client={decodingClient(client)} page={Promise.resolve(leadPage)} {...appProps()} />);
    // The current stage, then the stages the transitions lead to: nothing is "earlier in the process" or visited.
    expect(await pathSteps()).toEqual([
      'Attempted to Contact, current stage',
      'Contacted, not reached',
      'Qualified, not reached',
      'Contact in Future, not reached',
    ]);
    expect(screen.queryByText(NO_STATES)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /establish contact/i }));
    const form = await screen.findByRole('form', { name: 'Establish contact' });
    expect(within(form).getByRole('button', { name: /establish contact/i })).toBeTruthy();
  });

  it("lays the path out in the process's order when the field list comes, the open form left as it is", async () => {
    const slow = slowFields();
    const client = fakeWire({ getFields: slow.getFields });
    render(<App client={decodingClient(client)} page={Promise.resolve(leadPage)} {...appProps()} />);
    fireEvent.click(await screen.findByRole('button', { name: /establish contact/i }));
    await screen.findByRole('form', { name: 'Establish contact' });
    slow.answer(structuredClone(fields));
    await waitFor(async () =>
      expect(await pathSteps()).toEqual([
        'Not Contacted, earlier in the process',
        'Attempted to Contact, current stage',
        'Contact in Future, not reached',
        'Contacted, not reached',
        'Qualified, not reached',
        'Junk Lead, not reached',
      ]),
    );
    expect(screen.getByRole('form', { name: 'Establish contact' })).toBeTruthy();
    expect(screen.queryByText(NO_STATES)).toBeNull();
  });

  it('says the full list of stages could not be loaded only once the field list has failed', async () => {
    const slow = slowFields();
    const client = fakeWire({ getFields: slow.getFields });
    render(<App client={decodingClient(client)} page={Promise.resolve(leadPage)} {...appProps()} />);
    await screen.findByRole('button', { name: /establish contact/i });
    expect(screen.queryByText(NO_STATES)).toBeNull();
    slow.fail(new Error('the CRM went away'));
    expect(await screen.findByText(NO_STATES)).toBeTruthy();
    expect(await pathSteps()).toEqual([
      'Attempted to Contact, current stage',
      'Contacted, not reached',
      'Qualified, not reached',
      'Contact in Future, not reached',
    ]);
  });
});

describe("the texts while the user's own are on their way", () => {
  it("hears the user's locale as soon as the user answers, before the blueprint has", async () => {
    const asked: string[] = [];
    const client = fakeWire({
      getBlueprint: () => new Promise(() => undefined),
      getCurrentUser: async () => ({ users: [{ locale: 'de_DE', time_zone: 'Europe/Berlin' }] }),
    });
    const { startFirstLoad } = await import('../../../src/ui/use-stepper-load.ts');
    const props = appProps();
    startFirstLoad(decodingClient(client), props.drafts, leadPage.record, {
      userKnown: (user) => asked.push(user.formats.locale),
    });
    await waitFor(() => expect(asked).toEqual(['de-DE']));
  });

  it("shows the stepper in the texts it has when the user's do not come", async () => {
    const client = fakeWire({
      getCurrentUser: async () => ({ users: [{ locale: 'de_DE', time_zone: 'Europe/Berlin' }] }),
    });
    const loadMessages = (locale: string) =>
      locale.startsWith('de')
        ? new Promise<never>(() => undefined)
        : Promise.resolve({ locale: 'en', messages: en as Record<string, string> });
    render(
      <App
        client={decodingClient(client)}
        page={Promise.resolve(leadPage)}
        {...appProps()}
        loadMessages={loadMessages}
      />,
    );
    expect(
      await screen.findByRole('button', { name: /establish contact/i }, { timeout: TEXTS_GRACE_MS + 3000 }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Next steps' })).toBeTruthy();
  });
});
