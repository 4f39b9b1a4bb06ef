/**
 * The send of a transition, from the rep's click to the screen after it: the checks and encoding
 * (`checkSend`), then updateBluePrint and what the admin chose for after a completed transition (stay and reload
 * the blueprint, close, or close and reload the record page). Loaded with the form's code. Returns one outcome,
 * which the form's code turns into the reducer's `sent` action (src/ui/after-send.ts).
 */
import type { Blocking } from '../fields/send-data.ts';
import { itemKey } from '../fields/drafts.ts';
import type { Transition } from '../blueprint/model.ts';
import { prepareSend, type SendInput } from '../fields/prepare-send.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { failureOf, lateAnswer, type CrmError } from '../crm/crm-error.ts';
import type { AfterTransition } from '../settings/settings-schema.ts';
import { isWon } from '../settings/won-stage.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { LoadResult, StepperData } from '../stepper/stepper-data.ts';
import { reloadBlueprint, reloadWhenAnswered } from './reload-blueprint.ts';

/** A whole transition, or a partial save of what is filled. */
export type SendMode = 'complete' | 'partial';

/** What the checks before a send came to: nothing is sent unless they pass. */
export type Checked =
  /** Not sent: these items are missing or wrong (in the form's order). */
  | { kind: 'stopped'; stopping: Blocking[] }
  /** Not sent: preparing the send threw (a value of a shape no kind knows); `detail` is the exception's words. */
  | { kind: 'broken'; detail: string }
  /** Ready to go: the transition's data as updateBluePrint takes it. */
  | { kind: 'ready'; data: Record<string, unknown> };

/** What a send came to. */
export type SendOutcome =
  /** Sent, and the popup was asked to close (the admin's choice): nothing more to show. */
  | { kind: 'closed' }
  /**
   * Sent (`done`, or a `partial` save); `reloaded` is the record reloaded after it. `afterTimeout`: the CRM did
   * not answer in time, but the blueprint read afterwards (or its late answer) shows it went through.
   */
  | {
      kind: 'sent';
      transition: Transition;
      result: 'done' | 'partial';
      reloaded: LoadResult;
      won: boolean;
      percentSaved: number;
      afterTimeout?: boolean;
    }
  /** Refused because the transition is no longer offered (someone moved the record); `reloaded` is where it stands now. */
  | { kind: 'gone'; transition: Transition; reloaded: LoadResult }
  /**
   * Refused because the record moved meanwhile (its stage changed), though the transition is still offered from
   * where it is now: `reloaded` shows that, and the form stays open with what the rep typed.
   */
  | { kind: 'moved'; transition: Transition; reloaded: Extract<LoadResult, { kind: 'ready' }>; state: string | null }
  /** Refused or failed: the CRM answered, and did not move the record; what the rep typed stays. */
  | { kind: 'failed'; error: CrmError }
  /**
   * Not known yet: the CRM has not answered within the deadline (`error`), and the blueprint read since does not
   * show the record moved. The update is still in flight at the CRM and may yet succeed, so nothing may be sent
   * for the record until `late` settles with what its answer (or a later read showing the move) comes to; null
   * if the wait was aborted (docs/architecture.md, "Calls in flight").
   */
  | { kind: 'unknown'; transition: Transition; error: CrmError; late: Promise<SendOutcome | null> };

/** Checks and encodes what the rep filled in, for a whole transition or a partial save; sends nothing. */
export function checkSend(form: SendInput, context: StepperData['context'], mode: SendMode): Checked {
  let prepared;
  try {
    prepared = prepareSend(form, context, mode);
  } catch (reason) {
    // Never swallowed: the rep hears that nothing was sent, and Details hold the exception's words.
    return { kind: 'broken', detail: reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason) };
  }
  return prepared.stopping.length > 0
    ? { kind: 'stopped', stopping: prepared.stopping }
    : { kind: 'ready', data: prepared.data };
}

/**
 * Sends `transition` with its checked `payload` (checkSend) for the record in `data`. Once the CRM completed it,
 * the rep's draft of it is cleared from `drafts`, before any closing or reloading. Aborting the signal stops
 * waiting at the next step and rejects with its reason (the CRM may still have taken a transition it already
 * received).
 */
export async function sendTransition(
  client: CrmClient,
  data: StepperData,
  transition: Transition,
  payload: Record<string, unknown>,
  signal: AbortSignal,
  drafts: Pick<DraftStore, 'clear'>,
): Promise<SendOutcome> {
  try {
    const outcome = await client.updateBlueprint(data.record, transition.id, payload, { signal });
    return await afterAnswer(client, data, transition, outcome.result, signal, drafts, false);
  } catch (reason) {
    signal.throwIfAborted();
    const error = failureOf(reason, 'updateBluePrint');
    // The deadline passed: the CRM may take the transition all the same. Read the blueprint again, and wait for
    // the answer however late it comes before anything may be sent again.
    if (error.kind === 'timeout') return afterTimeout(client, data, transition, error, reason, signal, drafts);
    return refused(client, data, transition, error, signal);
  }
}

/**
 * The screen after the CRM refused the transition. A refusal that names the transition, or no field of the form,
 * means the blueprint changed (someone moved the record meanwhile): look again at once, and show where the record
 * stands now. The drafts stay in the store.
 */
async function refused(
  client: CrmClient,
  data: StepperData,
  transition: Transition,
  error: CrmError,
  signal: AbortSignal,
): Promise<SendOutcome> {
  if (blamesTheTransition(error, transition)) {
    const reloaded = await reloadWhenAnswered(client, data, signal);
    if (reloaded.kind !== 'ready' || !offers(reloaded.data, transition.id))
      return { kind: 'gone', transition, reloaded };
    const state = reloaded.data.blueprint.process.currentState;
    if (state !== data.blueprint.process.currentState) return { kind: 'moved', transition, reloaded, state };
  }
  return { kind: 'failed', error };
}

/** The screen after the CRM took a transition (in time, or as found after a timeout). */
async function afterAnswer(
  client: CrmClient,
  data: StepperData,
  transition: Transition,
  result: 'done' | 'partial',
  signal: AbortSignal,
  drafts: Pick<DraftStore, 'clear'>,
  afterTimeout: boolean,
  read?: LoadResult,
): Promise<SendOutcome> {
  if (result === 'done') {
    // Forgotten before any closing or reloading: the rep's draft of it is done with.
    drafts.clear(data.record, transition.id);
    if (await closeAfterTransition(client, data.settings.afterTransition)) return { kind: 'closed' };
  }
  // The CRM took it: the screen waits for the blueprint's answer, however late, rather than end on "not answering".
  const reloaded = read ?? (await reloadWhenAnswered(client, data, signal));
  const fresh =
    reloaded.kind === 'ready' ? reloaded.data.blueprint.transitions.find((x) => x.id === transition.id) : undefined;
  const won = result === 'done' && reloaded.kind === 'ready' && isWon(reloaded.data);
  return {
    kind: 'sent',
    transition,
    result,
    reloaded,
    won,
    percentSaved: fresh?.percentPartialSave ?? 0,
    ...(afterTimeout ? { afterTimeout } : {}),
  };
}

/**
 * Whether a blueprint read after a send shows the record took the transition: it is no longer offered, or the
 * record moved to its target stage. Null when the blueprint could not be read (nobody can tell).
 */
function tookTransition(before: StepperData, reloaded: LoadResult, transition: Transition): boolean | null {
  if (reloaded.kind !== 'ready') return reloaded.kind === 'failed' ? null : true;
  const now = reloaded.data.blueprint.process.currentState;
  const movedToTarget = now !== before.blueprint.process.currentState && now === transition.targetState;
  return movedToTarget || !offers(reloaded.data, transition.id);
}

/**
 * A send whose deadline passed: done when the blueprint, read again, shows the record moved. Otherwise not known
 * yet: the outcome waits for the update's answer (a success, or a refusal read as one in time) or for the read's
 * own late answer showing the move, whichever comes first, and nothing is sent meanwhile.
 */
async function afterTimeout(
  client: CrmClient,
  data: StepperData,
  transition: Transition,
  error: CrmError,
  reason: unknown,
  signal: AbortSignal,
  drafts: Pick<DraftStore, 'clear'>,
): Promise<SendOutcome> {
  const reloaded = await reloadBlueprint(client, data, signal);
  if (tookTransition(data, reloaded, transition))
    return afterAnswer(client, data, transition, 'done', signal, drafts, true, reloaded);
  const update = lateAnswer(reason);
  const late = new Promise<SendOutcome>((resolve) => {
    // The first answer that tells wins; the other is not acted on (one reload, one close, one notice).
    let told = false;
    const tell = (outcome: () => Promise<SendOutcome>) => {
      if (told) return;
      told = true;
      resolve(outcome());
    };
    if (reloaded.kind === 'failed')
      reloaded.late?.then((again) => {
        if (tookTransition(data, again, transition))
          tell(() => afterAnswer(client, data, transition, 'done', signal, drafts, true, again));
      });
    if (!update) return tell(async () => ({ kind: 'failed', error }));
    update.then(
      (answer) => tell(() => afterAnswer(client, data, transition, resultOf(answer), signal, drafts, true)),
      (refusal: unknown) =>
        tell(async () => {
          // A late refusal is a refusal, unless the blueprint shows the record moved all the same.
          const again = await reloadWhenAnswered(client, data, signal);
          if (tookTransition(data, again, transition))
            return afterAnswer(client, data, transition, 'done', signal, drafts, true, again);
          return refused(client, data, transition, failureOf(refusal, 'updateBluePrint'), signal);
        }),
    );
  });
  return { kind: 'unknown', transition, error, late: late.catch(() => null) };
}

/** Whether a late answer (an UpdateOutcome, decoded by the client) was a partial save. */
function resultOf(answer: unknown): 'done' | 'partial' {
  return typeof answer === 'object' && answer !== null && 'result' in answer && answer.result === 'partial'
    ? 'partial'
    : 'done';
}

/** Whether the loaded blueprint still offers the transition. */
function offers(data: StepperData, transitionId: string): boolean {
  return data.blueprint.transitions.some((x) => x.id === transitionId);
}

/**
 * Whether a refusal is about the transition rather than a value: the CRM names `transition_id`, or names no
 * field, or a field the form does not have (docs/blueprint-api.md, "Error codes").
 */
function blamesTheTransition(error: CrmError, transition: Transition): boolean {
  if (error.kind !== 'api') return false;
  const field = error.fieldApiName;
  if (field === 'transition_id') return true;
  if (error.code !== 'INVALID_DATA' && error.code !== 'RECORD_NOT_IN_PROCESS') return false;
  return !field || !transition.items.some((item) => itemKey(item) === field);
}

/**
 * Does what the admin chose for after a completed transition: close the popup, or close it and reload the
 * record page. Resolves true when the popup was asked to close and agreed; false for `stay` or when the CRM
 * refused, so the widget goes on as if it stays rather than leaving the rep on a dead screen.
 */
export async function closeAfterTransition(client: CrmClient, after: AfterTransition): Promise<boolean> {
  if (after === 'stay') return false;
  try {
    await client.closePopup(after === 'close-reload');
    return true;
  } catch {
    return false;
  }
}
