import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { App } from '../../../src/ui/app.tsx';
import { appProps } from './app-props.ts';
import { loadLazyCode } from './lazy-code.ts';
import { fakeWire, leadPage } from '../fake-wire.ts';
import lead from '../../fixtures/lead-blueprint.json';

beforeAll(loadLazyCode, 60_000);

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** A transition that asks for nothing, so Complete sends at once. */
const step = (id: string, name: string, to: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  next_field_value: to,
  type: 'manual',
  criteria_matched: true,
  fields: [],
  ...extra,
});

/** A blueprint answer on the lead fixture's process, in `state`, continuous or not, offering `transitions`. */
function answer(state: string, continuous: boolean, transitions: unknown[]) {
  const bp = structuredClone(lead) as { blueprint: { process_info: Record<string, unknown>; transitions: unknown } };
  Object.assign(bp.blueprint.process_info, {
    field_value: state,
    escalation: null,
    is_continuous: continuous,
    continuous,
  });
  bp.blueprint.transitions = transitions;
  return bp;
}

/** Renders the widget over a CRM that answers `first`, then `after` once a transition was sent. */
function renderWith(first: unknown, after: unknown) {
  let sent = false;
  const client = fakeWire({
    getBlueprint: async () => structuredClone(sent ? after : first),
    updateBlueprint: async () => {
      sent = true;
      return { code: 'SUCCESS', status: 'success', message: 'transition updated successfully' };
    },
  });
  render(<App client={decodingClient(client)} page={Promise.resolve(leadPage)} {...appProps()} />);
  return client;
}

async function complete(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: new RegExp(name, 'i') }));
  const form = await screen.findByRole('form', { name });
  fireEvent.click(within(form).getByRole('button', { name: `Complete “${name}”` }));
}

describe('a continuous process', () => {
  const start = [step('t1', 'Establish contact', 'Contacted'), step('t0', 'Mark as junk', 'Junk Lead')];

  it('opens the next transition at once when exactly one manual transition follows', async () => {
    renderWith(
      answer('Attempted to Contact', true, start),
      answer('Contacted', true, [
        step('t2', 'Qualify', 'Qualified'),
        step('auto', 'Park for later', 'Contact in Future', { type: 'automatic' }),
      ]),
    );
    await complete('Establish contact');
    const next = await screen.findByRole('form', { name: 'Qualify' });
    expect(screen.getByText('Done: moved to Contacted. Next step opened: “Qualify”.')).toBeTruthy();
    await waitFor(() => expect(next.contains(document.activeElement)).toBe(true));
  });

  it('shows the list as usual when two manual transitions follow', async () => {
    renderWith(
      answer('Attempted to Contact', true, start),
      answer('Contacted', true, [step('t2', 'Qualify', 'Qualified'), step('t3', 'Disqualify', 'Junk Lead')]),
    );
    await complete('Establish contact');
    expect(await screen.findByText('Done: moved to Contacted.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Qualify/, expanded: false })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('opens nothing when the one transition that follows does not meet its criteria', async () => {
    renderWith(
      answer('Attempted to Contact', true, start),
      answer('Contacted', true, [
        step('t2', 'Qualify', 'Qualified', { criteria_matched: false, criteria_message: 'Revenue first.' }),
      ]),
    );
    await complete('Establish contact');
    expect(await screen.findByText('Done: moved to Contacted.')).toBeTruthy();
    expect(screen.getByText('Revenue first.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('is not assumed: a process that is not continuous shows the list after a move', async () => {
    renderWith(
      answer('Attempted to Contact', false, start),
      answer('Contacted', false, [step('t2', 'Qualify', 'Qualified')]),
    );
    await complete('Establish contact');
    expect(await screen.findByText('Done: moved to Contacted.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('a parallel group', () => {
  const review = { id: 'p', name: 'Technical review' };
  const group = (securityDone: boolean, pricingDone: boolean, legalDone: boolean) => [
    step('s', 'Security review', 'Id. Decision Makers', { parent_transition: review, completed: securityDone }),
    step('r', 'Pricing sign-off', 'Id. Decision Makers', { parent_transition: review, completed: pricingDone }),
    step('l', 'Legal check', 'Id. Decision Makers', { parent_transition: review, completed: legalDone }),
    step('m', 'Map stakeholders', 'Id. Decision Makers'),
  ];

  it('shows its steps, which are still to do and how many are done', async () => {
    renderWith(answer('Contacted', false, group(true, false, false)), null);
    const title = await screen.findByText('Technical review');
    const box = title.closest('li')!;
    expect(within(box).getByText(/1 of 3 done/)).toBeTruthy();
    expect(
      within(box)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Pricing sign-off→ moves to Id. Decision Makers', 'Legal check→ moves to Id. Decision Makers']);
    expect(within(box).getByText('Security review').closest('li')!.textContent).toBe('✓ Security review · done');
    expect(screen.getByRole('button', { name: /map stakeholders/i })).toBeTruthy();
  });

  it('keeps the rep on the group after one of its steps, saying how many are left', async () => {
    renderWith(
      answer('Contacted', true, group(true, false, false)),
      answer('Contacted', true, group(true, true, false)),
    );
    await complete('Pricing sign-off');
    expect(await screen.findByText('Done: Pricing sign-off. 1 step of this group is left.')).toBeTruthy();
    const title = document.getElementById('group-p')!;
    expect(title.textContent).toMatch(/2 of 3 done/);
    await waitFor(() => expect(document.activeElement).toBe(title));
    // Two manual transitions are still offered (Legal check, Map stakeholders): nothing opens by itself.
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('shows no count when the answer does not say which steps are done', async () => {
    const steps = group(false, false, false).map((t) => {
      const { completed: _completed, ...rest } = t as Record<string, unknown>;
      return rest;
    });
    renderWith(answer('Contacted', false, steps), null);
    const title = await screen.findByText('Technical review');
    expect(title.closest('p')!.textContent).not.toMatch(/\d+ of \d+ done/);
    expect(within(title.closest('li')!).getAllByRole('button')).toHaveLength(3);
  });
});
