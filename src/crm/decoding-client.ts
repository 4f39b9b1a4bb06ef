import { decodeStageHistory } from './decode/stage-history.ts';
import { SETTINGS_VARIABLE } from '../settings/settings-schema.ts';
import type { CrmClient } from './crm-client.ts';
import { CrmFailure } from './crm-error.ts';
import { untilAborted } from './deadline.ts';
import type { CrmWire } from './crm-wire.ts';
import { decodeBlueprint } from './decode/blueprint.ts';
import { decodeFields } from './decode/fields.ts';
import { decodeModules } from './decode/modules.ts';
import { decodeRecordName, decodeSearchResults } from './decode/records.ts';
import { readSettings } from './decode/settings-variable.ts';
import { decodeUpdateOutcome, decodeUpload } from './decode/small-answers.ts';
import { decodeCurrentUser, decodeOrgInfo, decodeUsers } from './decode/user.ts';

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
    getRecordName: async (ref, opts) => decodeRecordName(await wire.getRecord(ref, opts)),
    getStageHistory: async (ref, relatedList, opts) =>
      decodeStageHistory(await wire.getRelatedRecords(ref, relatedList, opts)),
    getCurrentUser: async (opts) => decodeCurrentUser(await wire.getCurrentUser(opts)),
    getOrgInfo: async (opts) => decodeOrgInfo(await wire.getOrgInfo(opts)),
    searchRecords: async (entity, query, opts) => decodeSearchResults(await wire.searchRecords(entity, query, opts)),
    getUsers: async (opts) => decodeUsers(await wire.getUsers(opts)),
    uploadFile: async (file, opts) => decodeUpload(await wire.uploadFile(file, opts)),
    getModules: async (opts) => decodeModules(await wire.getModules(opts)),
    getSettings: async (opts) => readSettings(await wire.getOrgVariable(SETTINGS_VARIABLE, opts)),
    writeSettings: (text, opts) => wire.setOrgVariable(SETTINGS_VARIABLE, text, opts),
    resize: (size) => wire.resize(size),
    closePopup: (reloadRecord) => wire.closePopup(reloadRecord),
  };
}
