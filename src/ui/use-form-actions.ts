import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { DraftValue } from '../fields/contract.ts';
import type { Transition } from '../blueprint/model.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import type { SendMode } from '../flow/send-transition.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { FormHandlers } from './transition-form.tsx';
import { loadedTransitionForm, loadTransitionForm } from './lazy-transition-form.tsx';
import { useLatestSignal } from './use-abort-signals.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/**
 * What the rep can do with transition forms, wired to the state and the send flow: open one (with the draft
 * kept for it), edit, leave a field, cancel, send. Stable callbacks, so unchanged rows skip re-rendering.
 */
export function useFormActions(
  client: CrmClient,
  drafts: DraftStore,
  latest: { current: WidgetState },
  dispatch: (action: Action) => void,
) {
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const sending = useRef(false);
  const nextSend = useLatestSignal();
  const submit = useCallback(
    async (mode: SendMode) => {
      const { form, screen } = latest.current;
      if (!form || screen.status !== 'ready' || sending.current) return;
      // Held from here: the checks wait for their code, and a second click must not slip in meanwhile.
      sending.current = true;
      const id = form.transition.id;
      try {
        // The send flow loads with the form's code (the App asks for it when the stepper shows).
        const { sendTransition, afterSend } = await import('./after-send.ts');
        const outcome = await sendTransition(client, screen.data, form, mode, nextSend(), {
          onSending: () => dispatch({ type: 'send-start', mode }),
          onDone: () => drafts.clear(screen.data.record, id),
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
    [client, drafts, nextSend],
  );
  const handlers = useMemo<FormHandlers>(
    () => ({
      onEdit: (key: string, value: DraftValue) => dispatch({ type: 'edit', key, value }),
      onTouch: (key: string) => dispatch({ type: 'touch', key }),
      onSubmit: (mode) => void submit(mode),
      onCancel: () => {
        const record = currentRecord(latest.current);
        if (record && !sending.current) drafts.forgetOpen(record);
        dispatch({ type: 'close-form' });
      },
      onOpenInCrm: () => {
        const record = currentRecord(latest.current);
        if (record) void client.openRecord(record).catch(() => undefined);
      },
    }),
    [submit, drafts, client],
  );
  const onOpen = useCallback(
    (id: string) => {
      const record = currentRecord(latest.current);
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
    [drafts],
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
