import type { FieldItem } from '../blueprint/model.ts';
import type { CrmClient, RecordRef } from '../crm/crm-client.ts';
import { failureOf, lateAnswer, type CrmError } from '../crm/crm-error.ts';
import type { DraftValue, FormContext } from '../fields/contract.ts';
import { keyFieldData } from '../fields/key-field.ts';
import type { Message } from '../i18n/message.ts';

/** What saving one key field came to. */
export type KeyFieldSave =
  | { kind: 'saved' }
  /** Not sent: the value does not pass its kind's check (the message says why). */
  | { kind: 'invalid'; problem: Message }
  /** The CRM refused it or failed (its code for Details). */
  | { kind: 'failed'; error: CrmError }
  /**
   * No answer within the deadline: the update may still be carried out. `late` is what its answer comes to; until
   * then nothing more is sent for the field (docs/architecture.md, "Calls in flight").
   */
  | { kind: 'unanswered'; error: CrmError; late: Promise<KeyFieldSave> };

/**
 * Saves one key field of the record (issue 25): its kind's check and encoding, then updateRecord with that field
 * alone and the record's id (never the process field: the panel shows it read-only). Never rejects but with the
 * signal's reason once aborted.
 */
export async function saveKeyField(
  client: CrmClient,
  record: RecordRef,
  item: FieldItem,
  value: DraftValue,
  ctx: FormContext,
  signal?: AbortSignal,
): Promise<KeyFieldSave> {
  const prepared = keyFieldData(item, value, ctx);
  if ('problem' in prepared) return { kind: 'invalid', problem: prepared.problem };
  try {
    await client.updateRecord(record, prepared.data, { signal });
    return { kind: 'saved' };
  } catch (reason) {
    signal?.throwIfAborted();
    const error = failureOf(reason, 'updateRecord');
    const late = lateAnswer(reason);
    if (!late) return { kind: 'failed', error };
    return {
      kind: 'unanswered',
      error,
      late: late.then(
        (): KeyFieldSave => ({ kind: 'saved' }),
        (r: unknown): KeyFieldSave => ({ kind: 'failed', error: failureOf(r, 'updateRecord') }),
      ),
    };
  }
}
