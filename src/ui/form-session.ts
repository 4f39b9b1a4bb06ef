import type { Transition } from '../blueprint/model.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { checkSend, sendTransition, type SendMode } from '../flow/send-transition.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { sendEnd } from './after-send.ts';
import { startForm } from './starting-values.ts';
import { throttledSaving } from './throttled-saving.ts';
import type { FormHandlers } from './transition-form.tsx';
import { currentRecord, isBusy, type Action, type FormState, type WidgetState } from './widget-state.ts';

/** How often, at most, the values go to storage while the rep types (issue 13 goal 3). */
export const SAVE_EVERY_MS = 250;

/** What the form's session works with: the App's client, draft store, state and dispatch, and send signals. */
export interface SessionDeps {
  client: CrmClient;
  drafts: DraftStore;
  latest: { current: WidgetState };
  dispatch: (action: Action) => void;
  /** A fresh signal for a send, aborting the one before (useLatestSignal). */
  nextSend: () => AbortSignal;
}

/** The open form's session: what the rep can do in it, and its values kept in the draft store. */
export interface FormSession {
  /** Edit, leave a field, send, cancel, open the record in the CRM: stable, so unchanged rows skip re-rendering. */
  handlers: FormHandlers;
  /** Saves what waits now: before another form opens. */
  flush(): void;
  /**
   * Listens for the page being hidden or going (`pagehide`, `visibilitychange`) to save what waits, so closing
   * the popup mid-sentence loses nothing. Returns the stop, which saves what waits too (the widget goes).
   */
  start(): () => void;
  /**
   * The state's form as it is shown: a form waiting for its values gets them now (`started`); values the state
   * brings that differ from the record's (a restored visit) are kept like typed ones.
   */
  shown(form: FormState | null): void;
}

/**
 * The form's session, made by the App once the form's code is in (only a form, which waits for that code,
 * needs it). A keystroke does not go through the state (the App, the path and the list would render for it): the
 * form's live values take it (live-form.ts), the session saves them at most every SAVE_EVERY_MS, and a send reads
 * them there. When the browser refuses storage, the values live in memory only: the rep is told once, quietly.
 */
export function formSession({ client, drafts, latest, dispatch, nextSend }: SessionDeps): FormSession {
  let toldRefused = false;
  const saving = throttledSaving(
    drafts,
    () => {
      if (!drafts.refused() || toldRefused) return;
      toldRefused = true;
      dispatch({ type: 'storage-refused' });
    },
    SAVE_EVERY_MS,
  );
  // Not state: two clicks in one frame both see the state before either re-render.
  let sending = false;

  const submit = async (mode: SendMode) => {
    const { screen, form } = latest.current;
    if (!form || 'waiting' in form.values || screen.status !== 'ready' || sending || isBusy(form)) return;
    const values = form.values;
    const { transition } = form;
    const data = screen.data;
    saving.flush();
    const checked = checkSend({ transition, drafts: values.typed(), initial: values.initial }, data.context, mode);
    if (checked.kind !== 'ready') {
      dispatch({ type: 'sent', end: sendEnd(checked, mode, values) });
      const first = checked.kind === 'stopped' ? checked.stopping[0] : undefined;
      if (first) setTimeout(() => document.getElementById(`form-${transition.id}-${first.key}`)?.focus(), 0);
      return;
    }
    // Held from here: a second click must not slip in while the send runs.
    sending = true;
    dispatch({ type: 'send-start', mode });
    try {
      const outcome = await sendTransition(client, data, transition, checked.data, nextSend(), drafts);
      dispatch({ type: 'sent', end: sendEnd(outcome, mode, values) });
      // Not known yet: the update is still in flight at the CRM. Nothing is sent (`sending` stays held) until its
      // answer, however late, says what happened.
      if (outcome.kind === 'unknown') {
        // Kept for a popup opened again meanwhile on the record, which should say so (draft-store.ts).
        drafts.markUnanswered(data.record, transition.id);
        const late = await outcome.late;
        drafts.markUnanswered(data.record, null);
        if (late) dispatch({ type: 'sent', end: sendEnd(late, mode, values) });
      }
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

  const handlers: FormHandlers = {
    onEdit: () => {
      const state = latest.current;
      const form = state.form;
      const record = currentRecord(state);
      if (!form || 'waiting' in form.values || isBusy(form) || sending || !record) return;
      saving.keep(record, form.values);
    },
    onTouch: (key) => dispatch({ type: 'touch', key }),
    onSubmit: (mode) => void submit(mode),
    onCancel: () => {
      const record = currentRecord(latest.current);
      if (!sending) {
        // What was typed is saved (and so kept for next time) before the form is marked closed.
        saving.flush();
        if (record) drafts.forgetOpen(record);
      }
      dispatch({ type: 'close-form' });
    },
    onOpenInCrm: () => {
      const record = currentRecord(latest.current);
      if (record) void client.openRecord(record).catch(() => undefined);
    },
  };

  return {
    handlers,
    flush: saving.flush,
    start: () => {
      const hidden = () => document.visibilityState === 'hidden' && saving.flush();
      window.addEventListener('pagehide', saving.flush);
      document.addEventListener('visibilitychange', hidden);
      return () => {
        window.removeEventListener('pagehide', saving.flush);
        document.removeEventListener('visibilitychange', hidden);
        saving.flush();
      };
    },
    shown: (form) => {
      const { screen } = latest.current;
      const record = currentRecord(latest.current);
      if (!form || screen.status !== 'ready') return;
      if ('waiting' in form.values) {
        const start = startForm(form.transition, screen.data.context, form.values.waiting);
        dispatch({ type: 'started', transitionId: form.transition.id, start });
      } else if (record && form.values.typed() !== form.values.initial && !saving.kept(form.values)) {
        saving.keep(record, form.values);
      }
    },
  };
}
