import type { DraftValue, Drafts } from '../fields/contract.ts';
import type { Transition } from '../blueprint/model.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import type { SendMode } from '../flow/send-transition.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { afterSend, sendTransition } from './after-send.ts';
import type { DraftSaving } from './throttled-saving.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/** What the form's actions work with: the App's client, drafts, state, saving and send signals. */
export interface FormActionsDeps {
  client: CrmClient;
  drafts: DraftStore;
  latest: { current: WidgetState };
  dispatch: (action: Action) => void;
  saving: DraftSaving;
  /** A fresh signal for a send, aborting the one before (useLatestSignal). */
  nextSend: () => AbortSignal;
}

/**
 * What the rep can do in an open transition form, wired to the state and the send flow: edit, leave a field,
 * cancel, send, open the record in the CRM. Loaded with the form's code (only a form calls them); the App makes
 * them once, when the form first needs them (use-form-actions.ts), and keeps them, so unchanged rows skip
 * re-rendering. Opening a form stays in the App (use-form-actions.ts): the list shows before this code is in.
 *
 * A keystroke does not go through the state (the App, the path and the list would render for it): the form
 * shows it itself (live-form.ts), and here the drafts as typed are kept for `saving` and handed to the state
 * (`typed`) before anything reads them there: a send. Closing the form saves them first.
 */
export function formActions({ client, drafts, latest, dispatch, saving, nextSend }: FormActionsDeps) {
  // Not state: two clicks in one frame both see the state before either re-render.
  let sending = false;
  // The open form's drafts as typed, over the state's drafts they started from (`base`).
  let typed: { transitionId: string; base: Drafts; drafts: Drafts } | null = null;
  /** The state's open form with what the rep typed in it, handed to the state too. */
  const formAsTyped = () => {
    const form = latest.current.form;
    const t = typed;
    if (!form || !t || t.transitionId !== form.transition.id || t.base !== form.drafts) return form;
    dispatch({ type: 'typed', transitionId: t.transitionId, drafts: t.drafts });
    typed = { ...t, base: t.drafts };
    return { ...form, drafts: t.drafts };
  };
  const submit = async (mode: SendMode) => {
    const { screen } = latest.current;
    const form = formAsTyped();
    if (!form || screen.status !== 'ready' || sending) return;
    // Held from here: a second click must not slip in while the send runs.
    sending = true;
    const id = form.transition.id;
    saving.flush();
    try {
      const outcome = await sendTransition(client, screen.data, form, mode, nextSend(), {
        onSending: () => dispatch({ type: 'send-start', mode }),
        onDone: () => {
          saving.drop(id);
          drafts.clear(screen.data.record, id);
        },
      });
      dispatch({ type: 'sent', outcome, after: afterSend });
      // Not known yet: the update is still in flight at the CRM. Nothing is sent (`sending` stays held) until its
      // answer, however late, says what happened.
      if (outcome.kind === 'unknown') {
        // Kept for a popup opened again meanwhile on the record, which should say so (draft-store.ts).
        drafts.markUnanswered(screen.data.record, id);
        const late = await outcome.late;
        drafts.markUnanswered(screen.data.record, null);
        if (late) dispatch({ type: 'sent', outcome: late, after: afterSend });
      }
      const first = outcome.kind === 'stopped' ? outcome.stopping[0] : undefined;
      if (first) setTimeout(() => document.getElementById(`form-${id}-${first.key}`)?.focus(), 0);
      if (outcome.kind === 'sent' && outcome.result === 'done') setTimeout(() => focusAfterDone(outcome.transition), 0);
    } catch {
      // Aborted: the widget went.
    } finally {
      sending = false;
    }
  };
  /**
   * Where the rep lands after a completed transition: in the next one's form when a continuous process opened
   * it, on the parallel group when a step of it was done and the group is still listed.
   */
  const focusAfterDone = (done: Transition): void => {
    const opened = latest.current.form?.transition.id;
    const form = opened && opened !== done.id ? document.getElementById(`form-${opened}`) : null;
    if (form) {
      form.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
      return;
    }
    if (done.parent) document.getElementById(`group-${done.parent.id}`)?.focus();
  };
  return {
    onEdit: (key: string, value: DraftValue) => {
      const state = latest.current;
      const form = state.form;
      const record = currentRecord(state);
      if (!form || form.sending || form.waiting || sending) return;
      const id = form.transition.id;
      const t = typed;
      const over = t && t.transitionId === id && (t.base === form.drafts || t.drafts === form.drafts) ? t : null;
      const next = { ...(over?.drafts ?? form.drafts), [key]: value };
      typed = { transitionId: id, base: over?.base ?? form.drafts, drafts: next };
      if (record) saving.keep(record, id, next, form.initial);
    },
    onTouch: (key: string) => dispatch({ type: 'touch', key }),
    onSubmit: (mode: SendMode) => void submit(mode),
    onCancel: () => {
      const record = currentRecord(latest.current);
      if (sending) return void dispatch({ type: 'close-form' });
      // What was typed is saved (and so kept for next time) before the form is marked closed.
      formAsTyped();
      saving.flush();
      if (record) drafts.forgetOpen(record);
      dispatch({ type: 'close-form' });
    },
    onOpenInCrm: () => {
      const record = currentRecord(latest.current);
      if (record) void client.openRecord(record).catch(() => undefined);
    },
  };
}
