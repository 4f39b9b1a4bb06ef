import { decodeStageHistory } from './decode/stage-history.ts';
import { SETTINGS_VARIABLE } from '../settings/settings-schema.ts';
import type { CrmClient } from './crm-client.ts';
import { CrmFailure } from './crm-error.ts';
import { untilAborted } from './deadline.ts';
import type { CrmWire } from './crm-wire.ts';
import { decodeBlueprint } from './decode/blueprint.ts';
import { decodeFields } from './decode/fields.ts';
import { decodeModules } from './decode/modules.ts';
import { decodeRecordAnswer, decodeSearchResults } from './decode/records.ts';
import { readSettings } from './decode/settings-variable.ts';
import { decodeUpdateOutcome, decodeUpload } from './decode/small-answers.ts';
import { decodeCurrentUser, decodeOrgInfo, decodeUsersPage, type UserChoice } from './decode/user.ts';

/** At most this many pages of 200 users (10,000 users) are read for user lookups. */
const MAX_USER_PAGES = 50;

/** The typed CrmClient over a wire: each answer goes through its one decoder, here and nowhere else. */
export function decodingClient(wire: CrmWire): CrmClient {
  return {
    async getBlueprint(ref, opts) {
      const answer = decodeBlueprint(await wire.getBlueprint(ref, opts));
      if (answer.kind === 'none') return null;
      if (answer.kind === 'malformed') {
        throw new CrmFailure({
          kind: 'unexpected',
          call: 'getBluePrint',
          message: `The blueprint could not be read: ${answer.problem}.`,
        });
      }
      return answer.blueprint;
    },
    // The update goes out without the signal: the CRM cannot recall a transition it received; aborting only
    // stops the wait for its answer. A timeout's late answer is decoded like one in time (an UpdateOutcome).
    async updateBlueprint(ref, transitionId, data, opts) {
      try {
        return decodeUpdateOutcome(await untilAborted(wire.updateBlueprint(ref, transitionId, data), opts?.signal));
      } catch (reason) {
        if (reason instanceof CrmFailure && reason.late)
          throw new CrmFailure(reason.error, reason.late.then(decodeUpdateOutcome));
        throw reason;
      }
    },
    getFields: async (entity, opts) => decodeFields(await wire.getFields(entity, opts)),
    // The answer must be about the record asked for (issue 21): another record's is a failure, and one that names
    // no record gives no name, as the name could be anyone's.
    async getRecordName(ref, opts) {
      const { id, name } = decodeRecordAnswer(await wire.getRecord(ref, opts));
      if (id === ref.recordId) return name;
      if (id) throw new CrmFailure({ kind: 'wrong-record', call: 'getRecord', asked: ref.recordId, answered: id });
      return null;
    },
    getStageHistory: async (ref, relatedList, opts) =>
      decodeStageHistory(await wire.getRelatedRecords(ref, relatedList, opts)),
    getCurrentUser: async (opts) => decodeCurrentUser(await wire.getCurrentUser(opts)),
    getOrgInfo: async (opts) => decodeOrgInfo(await wire.getOrgInfo(opts)),
    searchRecords: async (entity, query, opts) => decodeSearchResults(await wire.searchRecords(entity, query, opts)),
    async getUsers(opts) {
      // Every page, not the first 200 (docs/zoho-sdk.md: `info.more_records`); capped so a CRM that always
      // says "more" cannot loop forever.
      const all: UserChoice[] = [];
      for (let page = 1; page <= MAX_USER_PAGES; page++) {
        const { users, more } = decodeUsersPage(await wire.getUsers(page, opts));
        all.push(...users);
        if (!more || users.length === 0) break;
      }
      return all;
    },
    uploadFile: async (file, opts) => decodeUpload(await wire.uploadFile(file, opts)),
    getModules: async (opts) => decodeModules(await wire.getModules(opts)),
    getSettings: async (opts) => readSettings(await wire.getOrgVariable(SETTINGS_VARIABLE, opts)),
    writeSettings: (text, opts) => wire.setOrgVariable(SETTINGS_VARIABLE, text, opts),
    resize: (size) => wire.resize(size),
    closePopup: (reloadRecord) => wire.closePopup(reloadRecord),
    openRecord: (ref) => wire.openRecord(ref),
  };
}
