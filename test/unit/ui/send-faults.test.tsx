import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Drafts } from '../../../src/fields/contract.ts';
import { loadStepper } from '../../../src/flow/load-stepper.ts';
import { checkSend } from '../../../src/flow/send-transition.ts';
import { sendEnd } from '../../../src/ui/after-send.ts';
import { liveForm } from '../../../src/ui/live-form.ts';
import { initialState, reduce } from '../../../src/ui/widget-state.ts';
import { CrmFailure } from '../../../src/crm/crm-error.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { sessionDraftStore } from '../../../src/storage/draft-store.ts';
import { App } from '../../../src/ui/app.tsx';
import bp from '../../fixtures/lead-blueprint.json';
import { appProps } from './app-props.ts';
import { loadLazyCode } from './lazy-code.ts';
import { crmFailure, fakeCrm, leadPage } from '../fake-crm-client.ts';

/** The faults of a send (issue 9 items 1-4): what the rep sees when the CRM or the browser does not play along. */

beforeAll(loadLazyCode, 60_000);

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const ESTABLISH = '4876876000000342606';

function renderApp(client = fakeCrm()) {
  render(<App client={decodingClient(client)} page={Promise.resolve(leadPage)} {...appProps()} />);
  return client;
}

async function openEstablishContact() {
  fireEvent.click(await screen.findByRole('button', { name: /establish contact/i }));
  return screen.findByRole('form', { name: 'Establish contact' });
}

/** The lead's blueprint as the CRM first answers it. */
const atStart = () => structuredClone(bp);

/** The lead moved on to Contacted by someone else; `keep` lists the transitions still offered there. */
function movedTo(state: string, keep: string[] = []) {
  const moved = structuredClone(bp);
  moved.blueprint.process_info.field_value = state;
  moved.blueprint.process_info.escalation = null as never;
  moved.blueprint.transitions = moved.blueprint.transitions.filter((t) => keep.includes(t.id));
  return moved;
}

/** getBlueprint answering each of `answers` in turn, the last one for ever after. */
function blueprints(...answers: unknown[]) {
  let calls = 0;
  return async () => answers[Math.min(calls++, answers.length - 1)];
}

const staleRefusal = () =>
  crmFailure({
    kind: 'api',
    call: 'updateBluePrint',
    code: 'INVALID_DATA',
    message: 'invalid data',
    fieldApiName: 'transition_id',
    details: { api_name: 'transition_id' },
  });

describe('a transition that went stale (issue 9 item 1)', () => {
  it('reloads at once when the CRM refuses the transition id, shows the real stage and says the record moved', async () => {
    const client = renderApp(
      fakeCrm({ getBlueprint: blueprints(atStart(), movedTo('Contacted')), updateBlueprint: staleRefusal }),
    );
    const form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    expect(await screen.findByText(/“Establish contact” is no longer available from this stage/)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contacted/);
    expect(screen.queryByText('The CRM did not accept a value.')).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    expect(client.getBlueprint).toHaveBeenCalledTimes(2);
  });

  it('keeps what the rep typed when the record moved but the transition is still offered, and says so', async () => {
    renderApp(
      fakeCrm({
        getBlueprint: blueprints(atStart(), movedTo('Contact in Future', [ESTABLISH])),
        updateBlueprint: staleRefusal,
      }),
    );
    const form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Wants a demo' } });
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    expect(await screen.findByText(/The record was moved meanwhile: it is now in Contact in Future/)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contact in Future/);
    const again = screen.getByRole('form', { name: 'Establish contact' });
    expect((within(again).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Wants a demo');
    expect(within(again).queryByText('The CRM did not accept a value.')).toBeNull();
  });

  it('treats a refusal that names a field the form does not have like one that names none', async () => {
    renderApp(
      fakeCrm({
        getBlueprint: blueprints(atStart(), movedTo('Contacted')),
        updateBlueprint: () =>
          crmFailure({
            kind: 'api',
            call: 'updateBluePrint',
            code: 'INVALID_DATA',
            message: 'invalid data',
            fieldApiName: 'Some_Other_Field',
            details: { api_name: 'Some_Other_Field' },
          }),
      }),
    );
    const form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    expect(await screen.findByText(/“Establish contact” is no longer available from this stage/)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contacted/);
  });
});

/** A timeout as the wire reports it: the call's deadline passed; `late` is the answer still on its way. */
function timedOut(late: Promise<unknown> = new Promise(() => undefined)) {
  return Promise.reject(new CrmFailure({ kind: 'timeout', call: 'updateBluePrint', afterMs: 15_000 }, late));
}

async function fillAndComplete() {
  const form = await openEstablishContact();
  fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Wants a demo' } });
  fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
  fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
  return form;
}

describe('a send that timed out (issue 9 item 2)', () => {
  it('reads the blueprint again and says it was done when the record moved, offering no second send', async () => {
    const client = renderApp(
      fakeCrm({ getBlueprint: blueprints(atStart(), movedTo('Contacted')), updateBlueprint: () => timedOut() }),
    );
    await fillAndComplete();
    expect(await screen.findByText(/went through after all: moved to Contacted/)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contacted/);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(client.updateBlueprint).toHaveBeenCalledTimes(1);
    expect(client.getBlueprint).toHaveBeenCalledTimes(2);
  });

  it('says the result is not known yet and sends nothing more while the update is unanswered (issue 21)', async () => {
    const client = renderApp(fakeCrm({ getBlueprint: blueprints(atStart()), updateBlueprint: () => timedOut() }));
    const form = await fillAndComplete();
    expect(await within(form).findByText(/Zoho CRM has not answered yet/)).toBeTruthy();
    expect(within(form).getByText(/can’t tell yet whether “Establish contact” went through/)).toBeTruthy();
    await waitFor(() => expect(client.getBlueprint).toHaveBeenCalledTimes(2));
    expect(within(form).queryByRole('button', { name: 'Try again' })).toBeNull();
    const complete = within(form).getByRole('button', { name: /saving|complete/i }) as HTMLButtonElement;
    expect(complete.disabled).toBe(true);
    fireEvent.submit(form);
    fireEvent.click(complete);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.updateBlueprint).toHaveBeenCalledTimes(1);
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Wants a demo');
  });

  it('uses the blueprint read’s own late answer when it shows the record moved', async () => {
    let answerRead!: (value: unknown) => void;
    const lateRead = new Promise((resolve) => (answerRead = resolve));
    let reads = 0;
    const client = renderApp(
      fakeCrm({
        getBlueprint: async () => {
          reads += 1;
          if (reads === 1) return atStart();
          if (reads === 2) throw new CrmFailure({ kind: 'timeout', call: 'getBluePrint', afterMs: 15_000 }, lateRead);
          return movedTo('Contacted');
        },
        updateBlueprint: () => timedOut(),
      }),
    );
    const form = await fillAndComplete();
    expect(await within(form).findByText(/Zoho CRM has not answered yet/)).toBeTruthy();
    answerRead(movedTo('Contacted'));
    expect(await screen.findByText(/went through after all: moved to Contacted/)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contacted/);
    expect(client.updateBlueprint).toHaveBeenCalledTimes(1);
  });

  it('ends on the moved record, not on "not answering", when the read after a success is late too', async () => {
    let answerRead!: (value: unknown) => void;
    const lateRead = new Promise((resolve) => (answerRead = resolve));
    let reads = 0;
    renderApp(
      fakeCrm({
        getBlueprint: async () => {
          reads += 1;
          if (reads === 1) return atStart();
          throw new CrmFailure({ kind: 'timeout', call: 'getBluePrint', afterMs: 15_000 }, lateRead);
        },
      }),
    );
    await fillAndComplete();
    await waitFor(() => expect(reads).toBe(2));
    expect(screen.queryByText(/not answering/i)).toBeNull();
    answerRead(movedTo('Contacted'));
    expect(await screen.findByText(/Moved to Contacted/i)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contacted/);
    expect(screen.queryByText(/not answering/i)).toBeNull();
  });

  it('says so in a popup opened again while the send has no answer, as the CRM may still carry it out', async () => {
    const client = renderApp(fakeCrm({ getBlueprint: blueprints(atStart()), updateBlueprint: () => timedOut() }));
    await within(await fillAndComplete()).findByText(/Zoho CRM has not answered yet/);
    // The rep closes the popup and opens it again on the record, which has not moved yet.
    cleanup();
    renderApp(client);
    const form = await screen.findByRole('form', { name: 'Establish contact' });
    expect(within(form).getByText(/had not answered its send when the window closed/)).toBeTruthy();
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Wants a demo');
  });

  it('says nothing of it once the record has moved on', async () => {
    const client = renderApp(fakeCrm({ getBlueprint: blueprints(atStart()), updateBlueprint: () => timedOut() }));
    await within(await fillAndComplete()).findByText(/Zoho CRM has not answered yet/);
    cleanup();
    client.getBlueprint.mockImplementation(async () => movedTo('Contacted'));
    renderApp(client);
    await screen.findByRole('listitem', { current: 'step' });
    expect(screen.queryByText(/had not answered its send/)).toBeNull();
    expect(sessionStorage.getItem('blueprint-stepper:unanswered:Leads:301')).toBeNull();
  });

  it('reconciles an answer that arrives after the deadline: a late success moves the screen on', async () => {
    let answer!: (value: unknown) => void;
    const late = new Promise((resolve) => (answer = resolve));
    const client = renderApp(
      fakeCrm({
        getBlueprint: blueprints(atStart(), atStart(), movedTo('Contacted')),
        updateBlueprint: () => timedOut(late),
      }),
    );
    const form = await fillAndComplete();
    expect(await within(form).findByText(/Zoho CRM has not answered yet/)).toBeTruthy();
    answer({ code: 'SUCCESS', status: 'success', message: 'transition updated successfully' });
    expect(await screen.findByText(/went through after all: moved to Contacted/)).toBeTruthy();
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^Contacted/);
    expect(screen.queryByRole('form')).toBeNull();
    expect(client.updateBlueprint).toHaveBeenCalledTimes(1);
  });

  it('reconciles a late refusal: it shows as the refusal it is', async () => {
    let refuse!: (reason: unknown) => void;
    const late = new Promise((_, reject) => (refuse = reject));
    late.catch(() => undefined);
    renderApp(fakeCrm({ getBlueprint: blueprints(atStart()), updateBlueprint: () => timedOut(late) }));
    const form = await fillAndComplete();
    expect(await within(form).findByText(/Zoho CRM has not answered yet/)).toBeTruthy();
    refuse(
      new CrmFailure({
        kind: 'api',
        call: 'updateBluePrint',
        code: 'RECORD_LOCKED',
        message: 'locked',
        fieldApiName: null,
        details: {},
      }),
    );
    expect(await within(form).findByText(/locked/i, { selector: '.form__error-title' })).toBeTruthy();
  });
});

describe('storage the browser refuses (issue 9 item 5)', () => {
  it('keeps what the rep typed while the popup is open, and says once, quietly, that it lasts only that long', async () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    } as unknown as Storage;
    render(
      <App
        client={decodingClient(fakeCrm())}
        page={Promise.resolve(leadPage)}
        {...appProps()}
        drafts={sessionDraftStore(blocked)}
      />,
    );
    let form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Half a thought' } });
    expect(
      await screen.findByText(/unsent input is kept only while this popup stays open/, { selector: '[role=status] *' }),
    ).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    form = await openEstablishContact();
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('Half a thought');
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Half a thought, more' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/unsent input is kept only while this popup stays open/)).toBeNull();
  });
});

describe('drafts of a transition the record has passed (issue 9 item 3)', () => {
  it('are dropped at load, so an old note never comes back when the transition is offered again', async () => {
    // The rep types a note and sends; the popup closes before the answer; the CRM completes the transition.
    const client = renderApp(fakeCrm({ updateBlueprint: () => new Promise(() => undefined) }));
    await fillAndComplete();
    await waitFor(() => expect(client.updateBlueprint).toHaveBeenCalledTimes(1));
    cleanup();
    // Reopened: the record has moved on, and the transition is not offered.
    renderApp(fakeCrm({ getBlueprint: async () => movedTo('Contacted') }));
    expect((await screen.findByRole('listitem', { current: 'step' })).textContent).toMatch(/^Contacted/);
    cleanup();
    // Later the record is back where the transition is offered: no old form, no old note.
    renderApp();
    await screen.findByRole('list', { name: 'Lead Status path' });
    expect(screen.queryByRole('form')).toBeNull();
    const form = await openEstablishContact();
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('');
    expect(within(form).queryByText(/What you typed earlier is back/)).toBeNull();
  });

  it('come back without the banner claiming nothing was sent, which it cannot know', async () => {
    renderApp();
    const form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Call summary/), { target: { value: 'Half a thought' } });
    cleanup();
    renderApp();
    const again = await screen.findByRole('form', { name: 'Establish contact' });
    expect(within(again).getByText(/What you typed earlier is back/)).toBeTruthy();
    expect(within(again).queryByText(/nothing was sent/i)).toBeNull();
  });
});

describe('a send that cannot be prepared (issue 9 item 4)', () => {
  /** A draft kept for Establish contact, as an earlier visit (or anything else on the page) left it. */
  function storedDraft(drafts: Record<string, unknown>) {
    sessionStorage.setItem(`blueprint-stepper:draft:Leads:301:${ESTABLISH}`, JSON.stringify(drafts));
    sessionStorage.setItem('blueprint-stepper:open:Leads:301', ESTABLISH);
  }

  it('discards a stored draft that does not fit its field, with a note, and sends the rest', async () => {
    storedDraft({ Summary: 12345, Next_Follow_Up: '12/03/2026', Call_Result: 'No_Longer_A_Value' });
    const client = renderApp();
    const form = await screen.findByRole('form', { name: 'Establish contact' });
    expect(within(form).getByText(/did not fit and (was|were) left out: Call result, Call summary/)).toBeTruthy();
    expect((within(form).getByLabelText(/Call summary/) as HTMLInputElement).value).toBe('');
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    await waitFor(() => expect(client.updateBlueprint).toHaveBeenCalledTimes(1));
    expect(client.updateBlueprint.mock.calls[0]![2]).toEqual({
      Call_Result: 'Voicemail',
      Next_Follow_Up: '2026-12-03',
    });
  });

  it('counts a required picklist left at -None- (no value of its own) as not done', async () => {
    renderApp();
    const form = await openEstablishContact();
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    expect(within(form).getByText('2 of 2 required items done')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/Call result/), { target: { value: '-None-' } });
    expect(within(form).getByText('1 of 2 required items done')).toBeTruthy();
  });

  it('discards a stored note of an unexpected shape, and the send still goes', async () => {
    const withNotes = atStart();
    (withNotes.blueprint.transitions[0]!.fields as unknown[]).push({
      _type: 'notes',
      api_name: 'Notes',
      mandatory: false,
      transition_sequence: 5,
    });
    storedDraft({ Notes: 12345 });
    const client = renderApp(fakeCrm({ getBlueprint: async () => structuredClone(withNotes) }));
    const form = await screen.findByRole('form', { name: 'Establish contact' });
    expect(within(form).getByText(/did not fit and (was|were) left out: Notes/)).toBeTruthy();
    fireEvent.input(within(form).getByLabelText(/Next follow-up/), { target: { value: '12/03/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: /complete/i }));
    await waitFor(() => expect(client.updateBlueprint).toHaveBeenCalledTimes(1));
  });

  it('shows the rep a message, with the exception under Details, when preparing the send throws', async () => {
    const withNotes = atStart();
    (withNotes.blueprint.transitions[0]!.fields as unknown[]).push({
      _type: 'notes',
      api_name: 'Notes',
      mandatory: false,
      transition_sequence: 5,
    });
    const crm = fakeCrm({ getBlueprint: async () => structuredClone(withNotes) });
    const client = decodingClient(crm);
    const signal = new AbortController().signal;
    const loaded = await loadStepper(client, leadPage.record, signal);
    if (loaded.kind !== 'ready') throw new Error('expected the stepper');
    const transition = loaded.data.blueprint.transitions[0]!;
    // A value of a shape no kind knows, as a hostile page could leave in the drafts.
    const drafts = { Call_Result: 'Reached', Next_Follow_Up: '12/03/2026', Notes: 12345 } as unknown as Drafts;
    const checked = checkSend({ transition, drafts, initial: {} }, loaded.data.context, 'complete');
    if (checked.kind !== 'broken') throw new Error(`expected a broken send, got ${checked.kind}`);
    expect(crm.updateBlueprint).not.toHaveBeenCalled();
    const state = reduce(reduce({ ...initialState }, { type: 'loaded', result: loaded }), {
      type: 'open-form',
      transitionId: transition.id,
    });
    const values = liveForm(transition.id, [], {}, loaded.data.context);
    const after = reduce(state, { type: 'sent', end: sendEnd(checked, 'complete', values) });
    // The form says errors.prepare.title and .fix for this life (transition-form.tsx), the detail under Details.
    expect(after.form?.life).toEqual({ is: 'broken', detail: expect.stringMatching(/^TypeError/) });
  });
});
