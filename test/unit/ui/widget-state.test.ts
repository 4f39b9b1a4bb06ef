import { beforeAll, describe, expect, it } from 'vitest';
import type { CrmError } from '../../../src/crm/crm-error.ts';
import { decodingClient } from '../../../src/crm/decoding-client.ts';
import { loadStepper } from '../../../src/flow/load-stepper.ts';
import type { LoadResult } from '../../../src/stepper/stepper-data.ts';
import { liveForm } from '../../../src/ui/live-form.ts';
import { initialState, reduce, type WidgetState } from '../../../src/ui/widget-state.ts';
import { fakeWire, leadPage } from '../fake-wire.ts';

/**
 * The widget's reducer read alone (issue 22 §1, §2): its actions are plain data, the open form's values live in
 * one live form the state holds, and the form's life is one state at a time.
 */

const ESTABLISH = '4876876000000342606';
const timeout: CrmError = { kind: 'timeout', call: 'updateBluePrint', afterMs: 15_000 };
let loaded: Extract<LoadResult, { kind: 'ready' }>;

beforeAll(async () => {
  const result = await loadStepper(decodingClient(fakeWire()), leadPage.record, new AbortController().signal);
  if (result.kind !== 'ready') throw new Error('expected the stepper');
  loaded = result;
});

/** The lead's stepper with the Establish contact form open and started, its values typed over. */
function typedForm(): WidgetState {
  const opened = reduce(reduce(initialState, { type: 'loaded', result: loaded }), {
    type: 'open-form',
    transitionId: ESTABLISH,
  });
  const transition = opened.form!.transition;
  const values = liveForm(transition.id, transition.items, {}, loaded.data.context);
  values.set('Call_Result', 'Reached');
  return reduce(opened, { type: 'started', transitionId: ESTABLISH, start: { values, dropped: [] } });
}

describe('the widget reducer', () => {
  it('opens a form that waits for its values, and holds the live form it is given', () => {
    const opened = reduce(reduce(initialState, { type: 'loaded', result: loaded }), {
      type: 'open-form',
      transitionId: ESTABLISH,
      restored: { Call_Result: 'Reached' },
    });
    expect(opened.form?.values).toEqual({ waiting: { Call_Result: 'Reached' } });
    expect(opened.form?.restored).toEqual({ unanswered: false, dropped: [] });
    const started = typedForm();
    expect(started.form?.life).toEqual({ is: 'editing', saved: null });
    if ('waiting' in started.form!.values) throw new Error('expected the values');
    expect(started.form!.values.typed()).toEqual({ Call_Result: 'Reached' });
  });

  it('keeps a form locked while its send is out or waits for a late answer: no Cancel, no other form', () => {
    // The open form as if of another transition, so opening Establish contact means opening another form.
    const asOther = (state: WidgetState): WidgetState => ({
      ...state,
      form: { ...state.form!, transition: { ...state.form!.transition, id: 'another' } },
    });
    const editing = typedForm();
    expect(reduce(asOther(editing), { type: 'open-form', transitionId: ESTABLISH }).form?.transition.id).toBe(
      ESTABLISH,
    );
    const sending = reduce(editing, { type: 'send-start', mode: 'complete' });
    expect(sending.form?.life).toEqual({ is: 'sending', mode: 'complete' });
    const waiting = reduce(sending, {
      type: 'sent',
      end: { kind: 'form', life: { is: 'waiting', mode: 'complete', error: timeout }, showAll: false },
    });
    expect(reduce(waiting, { type: 'close-form' })).toBe(waiting);
    expect(reduce(waiting, { type: 'send-start', mode: 'partial' })).toBe(waiting);
    const other = asOther(waiting);
    expect(reduce(other, { type: 'open-form', transitionId: ESTABLISH })).toBe(other);
  });

  it('leaves a form that waited on a send failed, with what was typed, when the record reloads under it', () => {
    const before = typedForm();
    const waiting = reduce(reduce(before, { type: 'send-start', mode: 'complete' }), {
      type: 'sent',
      end: { kind: 'form', life: { is: 'waiting', mode: 'complete', error: timeout }, showAll: false },
    });
    const values = liveForm(ESTABLISH, waiting.form!.transition.items, { Call_Result: 'Reached' }, loaded.data.context);
    const after = reduce(waiting, {
      type: 'sent',
      end: { kind: 'reloaded', result: loaded, notice: null, keep: values, saved: null, open: null },
    });
    expect(after.form?.life).toEqual({ is: 'failed', error: timeout });
    expect(after.form?.values).toBe(values);
  });

  it('says a partial save beside the kept form, and clears it with the next send', () => {
    const before = reduce(typedForm(), { type: 'send-start', mode: 'partial' });
    const values = liveForm(ESTABLISH, before.form!.transition.items, { Call_Result: 'Reached' }, loaded.data.context);
    const saved = reduce(before, {
      type: 'sent',
      end: {
        kind: 'reloaded',
        result: loaded,
        notice: null,
        keep: values,
        saved: { key: 'notice.partial' },
        open: null,
      },
    });
    expect(saved.form?.life).toEqual({ is: 'editing', saved: { key: 'notice.partial' } });
    expect(reduce(saved, { type: 'send-start', mode: 'complete' }).form?.life).toEqual({
      is: 'sending',
      mode: 'complete',
    });
  });
});
