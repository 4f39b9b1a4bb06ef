import { decodeStageHistory } from './decode/stage-history.ts';
import { SETTINGS_VARIABLE } from '../settings/settings-schema.ts';
import type { CallOptions, CrmClient, RecordRead, RecordRef } from './crm-client.ts';
import type { Blueprint } from '../blueprint/model.ts';
import { CrmFailure } from './crm-error.ts';
import type { CrmWire } from './crm-wire.ts';
import { decodeBlueprint } from './decode/blueprint.ts';
import { decodeRecordAnswer } from './decode/records.ts';
import { readSettings } from './decode/settings-variable.ts';
import { decodeCurrentUser, decodeOrgInfo, type UserChoice } from './decode/user.ts';

/** At most this many pages of 200 users (10,000 users) are read for user lookups. */
const MAX_USER_PAGES = 50;

/**
 * `answer` decoded by `decode`; a timeout's late answer too, when it comes, so a late answer is read exactly like
 * one in time (docs/architecture.md, "Calls in flight").
 */
async function decoded<T>(answer: Promise<unknown>, decode: (raw: unknown) => T): Promise<T> {
  try {
    return decode(await answer);
  } catch (reason) {
    if (reason instanceof CrmFailure && reason.late) throw new CrmFailure(reason.error, reason.late.then(decode));
    throw reason;
  }
}

/**
 * `answer` decoded by a decoder that loads with the form's code (the calls made only once a form is open, or on
 * the settings page): the first screen does not carry it. The call goes out at once; a decoder that cannot load
 * fails the call like an unreadable answer.
 */
async function decodedLater<T>(answer: Promise<unknown>, decoder: Promise<(raw: unknown) => T>): Promise<T> {
  answer.catch(() => undefined);
  return decoded(answer, await decoder);
}

/** A blueprint answer as the widget's own type: null for a record in no process; unreadable is a failure. */
function blueprintOf(raw: unknown): Blueprint | null {
  const answer = decodeBlueprint(raw);
  if (answer.kind === 'none') return null;
  if (answer.kind === 'malformed') {
    throw new CrmFailure({
      kind: 'unexpected',
      call: 'getBluePrint',
      message: `The blueprint could not be read: ${answer.problem}.`,
    });
  }
  return answer.blueprint;
}

/** The typed CrmClient over a wire: each answer goes through its one decoder, here and nowhere else. */
export function decodingClient(wire: CrmWire): CrmClient {
  // The answer must be about the record asked for (issue 21): another record's is a failure, and one that names
  // no record gives no name and no values, as they could be anyone's.
  const readRecord = (ref: RecordRef, opts?: CallOptions) =>
    decoded(wire.getRecord(ref, opts), (raw): RecordRead => {
      const read = decodeRecordAnswer(raw);
      const id = read.id;
      if (id && id !== ref.recordId)
        throw new CrmFailure({ kind: 'wrong-record', call: 'getRecord', asked: ref.recordId, answered: id });
      return id ? read : { name: null, values: null };
    });
  return {
    getBlueprint: (ref, opts) => decoded(wire.getBlueprint(ref, opts), blueprintOf),
    // The CRM cannot recall a transition it received: aborting stops the wait for its answer, or, while it waits
    // for a place among the calls in flight, keeps it from being sent. A timeout's late answer is decoded like one
    // in time (an UpdateOutcome).
    updateBlueprint: (ref, transitionId, data, opts) =>
      decodedLater(
        wire.updateBlueprint(ref, transitionId, data, opts),
        import('./decode/small-answers.ts').then((m) => m.decodeUpdateOutcome),
      ),
    // Asked once the first screen is in, to refine the path: decoded with the form's code, which loads then too.
    getFields: (entity, opts) =>
      decodedLater(
        wire.getFields(entity, opts),
        import('./decode/fields.ts').then((m) => m.decodeFields),
      ),
    getRecord: readRecord,
    // Only the fields given and the id. A refusal inside the answer (`data[0]`) is a failure already (readApiError).
    updateRecord: (ref, data, opts) => wire.updateRecord(ref, data, opts),
    getStageHistory: (ref, relatedList, opts) =>
      decoded(wire.getRelatedRecords(ref, relatedList, opts), decodeStageHistory),
    getCurrentUser: (opts) => decoded(wire.getCurrentUser(opts), decodeCurrentUser),
    getOrgInfo: (opts) => decoded(wire.getOrgInfo(opts), decodeOrgInfo),
    searchRecords: (entity, query, opts) =>
      decodedLater(
        wire.searchRecords(entity, query, opts),
        import('./decode/search-results.ts').then((m) => m.decodeSearchResults),
      ),
    async getUsers(opts) {
      // Every page, not the first 200 (docs/zoho-sdk.md: `info.more_records`); capped so a CRM that always
      // says "more" cannot loop forever.
      const all: UserChoice[] = [];
      const { decodeUsersPage } = await import('./decode/users.ts');
      for (let page = 1; page <= MAX_USER_PAGES; page++) {
        const { users, more } = decodeUsersPage(await wire.getUsers(page, opts));
        all.push(...users);
        if (!more || users.length === 0) break;
      }
      return all;
    },
    uploadFile: (file, opts) =>
      decodedLater(
        wire.uploadFile(file, opts),
        import('./decode/small-answers.ts').then((m) => m.decodeUpload),
      ),
    getModules: (opts) =>
      decodedLater(
        wire.getModules(opts),
        import('./decode/modules.ts').then((m) => m.decodeModules),
      ),
    getSettings: async (opts) => readSettings(await wire.getOrgVariable(SETTINGS_VARIABLE, opts)),
    writeSettings: (text, opts) => wire.setOrgVariable(SETTINGS_VARIABLE, text, opts),
    resize: (size) => wire.resize(size),
    closePopup: (reloadRecord) => wire.closePopup(reloadRecord),
    openRecord: (ref) => wire.openRecord(ref),
  };
}
