import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
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
