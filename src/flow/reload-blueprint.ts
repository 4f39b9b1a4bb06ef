/**
 * The record's blueprint read again after a send (flow/send-transition.ts): with the send's code, not the first
 * screen's, since nothing is reloaded before a send.
 */
import type { Blueprint } from '../blueprint/model.ts';
import { NO_HISTORY, STAGE_HISTORY_LISTS, type StageHistory } from '../blueprint/stage-history.ts';
import { forProfile } from '../blueprint/field-access.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { lateAnswer } from '../crm/crm-error.ts';
import { shape, type LoadResult, type StepperData } from '../stepper/stepper-data.ts';
import { readBlueprintAnswer, requestHistory } from './load-stepper.ts';

/**
 * Reloads the blueprint after a transition (the states, record name, user and settings do not change), with
 * the stage history in the same round trip where the module keeps one, and lays the path out again. When the
 * blueprint's answer is past its deadline, the failure's `late` is what that answer comes to when it arrives.
 */
export async function reloadBlueprint(
  client: CrmClient,
  previous: StepperData,
  signal: AbortSignal,
): Promise<LoadResult> {
  const [settled, fresh] = await Promise.allSettled([
    client.getBlueprint(previous.record, { signal }),
    requestHistory(client, previous.record, { signal }),
  ]);
  signal.throwIfAborted();
  const result = reloaded(previous, settled, fresh);
  const late = settled.status === 'rejected' ? lateAnswer(settled.reason) : null;
  if (result.kind !== 'failed' || !late) return result;
  return {
    ...result,
    late: (late as Promise<Blueprint | null>).then(
      (value) => reloaded(previous, { status: 'fulfilled', value }, fresh),
      (reason: unknown) => reloaded(previous, { status: 'rejected', reason }, fresh),
    ),
  };
}

/** The blueprint read again, waiting for its answer however late it comes (a call past its deadline goes on). */
export async function reloadWhenAnswered(
  client: CrmClient,
  previous: StepperData,
  signal: AbortSignal,
): Promise<LoadResult> {
  const result = await reloadBlueprint(client, previous, signal);
  return result.kind === 'failed' && result.late ? result.late : result;
}

/** A reload's answers laid out over the screen before it. */
function reloaded(
  previous: StepperData,
  settled: PromiseSettledResult<Blueprint | null>,
  fresh: PromiseSettledResult<StageHistory>,
): LoadResult {
  const answer = readBlueprintAnswer(settled, previous.record, previous.recordName);
  if (answer.kind !== 'blueprint') return answer;
  const field = STAGE_HISTORY_LISTS[previous.record.entity]?.field;
  const history =
    fresh.status === 'fulfilled' && field === answer.blueprint.process.fieldApiName ? fresh.value : NO_HISTORY;
  return {
    kind: 'ready',
    data: {
      ...previous,
      history,
      historyPending: false,
      ...shape(
        previous.states,
        forProfile(answer.blueprint, previous.profileId),
        previous.settings,
        history,
        previous.definition,
      ),
    },
  };
}
