/**
 * The checks and encoding in front of a send: which items stop it, and otherwise the `data` the CRM receives.
 * Loaded lazily by the send flow (flow/send-transition.ts), so the checks and encoders stay out of the first
 * screen's code.
 */
import type { Drafts, FormContext } from './contract.ts';
import { blockingItems, encodeTransitionData, itemsOnlyInCrm, type Blocking } from './send-data.ts';
import type { Transition } from '../blueprint/model.ts';

/** What the rep filled in for a transition: the values now, and the record's values when the form opened. */
export interface SendInput {
  transition: Transition;
  drafts: Drafts;
  /** The record's values when the form opened, to send only what changed. */
  initial: Drafts;
}

/** A send, checked: the items that stop it, or (when none do) the encoded `data`. */
export type PreparedSend = { stopping: Blocking[]; data: Record<string, unknown> };

/**
 * Checks what the rep filled in and encodes it. A complete send is stopped by any item missing or wrong; a
 * partial save may leave required items empty but never sends a value the CRM would refuse.
 */
export function prepareSend(input: SendInput, ctx: FormContext, mode: 'complete' | 'partial'): PreparedSend {
  const blocking = blockingItems(input.transition.items, input.drafts, ctx);
  // A complete send with an item only the CRM can fill would be refused: it stops here too.
  const stopping =
    mode === 'complete'
      ? [...itemsOnlyInCrm(input.transition.items, input.drafts), ...blocking]
      : blocking.filter((b) => !b.missing);
  return {
    stopping,
    data: stopping.length > 0 ? {} : encodeTransitionData(input.transition, input.drafts, input.initial, ctx),
  };
}
