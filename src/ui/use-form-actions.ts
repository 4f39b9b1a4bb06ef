import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { DraftValue, Drafts } from '../fields/contract.ts';
import type { Transition } from '../blueprint/model.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import type { SendMode } from '../flow/send-transition.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { FormHandlers } from './transition-form.tsx';
import { loadedTransitionForm, loadTransitionForm } from './lazy-transition-form.tsx';
import { useLatestSignal } from './use-abort-signals.ts';
import type { DraftSaving } from './use-draft-saving.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/**
 * What the rep can do with transition forms, wired to the state and the send flow: open one (with the draft
 * kept for it), edit, leave a field, cancel, send. Stable callbacks, so unchanged rows skip re-rendering.
 *
 * A keystroke does not go through the state (the App, the path and the list would render for it): the form
 * shows it itself (live-form.ts), and here the drafts as typed are kept for `saving` and handed to the state
 * (`typed`) before anything reads them there: a send. Closing or switching forms saves them first.
 */
export function useFormActions(
  client: CrmClient,
  drafts: DraftStore,
  latest: { current: WidgetState },
  dispatch: (action: Action) => void,
  saving: DraftSaving,
) {
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const sending = useRef(false);
  const nextSend = useLatestSignal();
  // The open form's drafts as typed, over the state's drafts they started from (`base`).
  const typed = useRef<{ transitionId: string; base: Drafts; drafts: Drafts } | null>(null);
  /** The state's open form with what the rep typed in it, handed to the state too. */
  const formAsTyped = useCallback(() => {
    const form = latest.current.form;
    const t = typed.current;
    if (!form || !t || t.transitionId !== form.transition.id || t.base !== form.drafts) return form;
    dispatch({ type: 'typed', transitionId: t.transitionId, drafts: t.drafts });
    typed.current = { ...t, base: t.drafts };
    return { ...form, drafts: t.drafts };
  }, []);
  const submit = useCallback(
    async (mode: SendMode) => {
      const { screen } = latest.current;
      const form = formAsTyped();
      if (!form || screen.status !== 'ready' || sending.current) return;
      // Held from here: the checks wait for their code, and a second click must not slip in meanwhile.
      sending.current = true;
      const id = form.transition.id;
      saving.flush();
      try {
        // The send flow loads with the form's code (the App asks for it when the stepper shows).
        const { sendTransition, afterSend } = await import('./after-send.ts');
        const outcome = await sendTransition(client, screen.data, form, mode, nextSend(), {
          onSending: () => dispatch({ type: 'send-start', mode }),
          onDone: () => {
            saving.drop(id);
            drafts.clear(screen.data.record, id);
          },
        });
        dispatch({ type: 'sent', outcome, after: afterSend });
        // The CRM's answer after the deadline, reconciled: shown unless the rep is sending again meanwhile (that
        // send meets the same reconciliation: a stale transition reloads the blueprint).
        if (outcome.kind === 'failed' && outcome.late) {
          void outcome.late.then((late) => {
            if (late && !sending.current) dispatch({ type: 'sent', outcome: late, after: afterSend });
          });
        }
        const first = outcome.kind === 'stopped' ? outcome.stopping[0] : undefined;
        if (first) setTimeout(() => document.getElementById(`form-${id}-${first.key}`)?.focus(), 0);
        if (outcome.kind === 'sent' && outcome.result === 'done')
          setTimeout(() => focusAfterDone(outcome.transition), 0);
      } catch {
        // Aborted: the widget went.
      } finally {
        sending.current = false;
      }
    },
    [client, drafts, nextSend, saving, formAsTyped],
  );
  const handlers = useMemo<FormHandlers>(
    () => ({
      onEdit: (key: string, value: DraftValue) => {
        const state = latest.current;
        const form = state.form;
        const record = currentRecord(state);
        if (!form || form.sending || form.waiting || sending.current) return;
        const id = form.transition.id;
        const t = typed.current;
        const over = t && t.transitionId === id && (t.base === form.drafts || t.drafts === form.drafts) ? t : null;
        const next = { ...(over?.drafts ?? form.drafts), [key]: value };
        typed.current = { transitionId: id, base: over?.base ?? form.drafts, drafts: next };
        if (record) saving.keep(record, id, next);
      },
      onTouch: (key: string) => dispatch({ type: 'touch', key }),
      onSubmit: (mode) => void submit(mode),
      onCancel: () => {
        const record = currentRecord(latest.current);
        if (sending.current) return void dispatch({ type: 'close-form' });
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
    }),
    [submit, drafts, client, saving, formAsTyped],
  );
  const onOpen = useCallback(
    (id: string) => {
      const record = currentRecord(latest.current);
      // The form open until now keeps what was typed in it.
      saving.flush();
      const restored = record ? drafts.load(record, id) : null;
      // With the form's code in, the form opens with its values; otherwise it waits for the code (app.tsx).
      const code = loadedTransitionForm();
      dispatch({
        type: 'open-form',
        transitionId: id,
        ...(restored ? { restored } : {}),
        ...(code ? { initialDrafts: code.initialDrafts } : {}),
      });
      if (!code) loadTransitionForm().catch(() => undefined);
    },
    [drafts, saving],
  );
  return { handlers, onOpen };

  /**
   * Where the rep lands after a completed transition: in the next one's form when a continuous process opened
   * it, on the parallel group when a step of it was done and the group is still listed.
   */
  function focusAfterDone(done: Transition): void {
    const opened = latest.current.form?.transition.id;
    const form = opened && opened !== done.id ? document.getElementById(`form-${opened}`) : null;
    if (form) {
      form.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
      return;
    }
    if (done.parent) document.getElementById(`group-${done.parent.id}`)?.focus();
  }
}
