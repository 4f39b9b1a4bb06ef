/**
 * Names each CRM_EVENT by the SDK call that sent it (from `category` + `action`/`type`, the wire shapes in
 * docs/wire-protocol.md) and answers it from the in-memory CRM, as the real CRM would.
 */
import { getBlueprint, updateBlueprint, updateRecord } from './blueprint-engine.ts';
import type { CrmStore } from './crm-store.ts';
import { stageHistoryAnswer } from './stage-history-answer.ts';
import { blueprintDefinitionAnswer, blueprintListAnswer } from './blueprint-settings-answer.ts';
import type { ApiError, CrmEventData } from '../protocol.ts';

/** What the host does for the UI calls. */
export interface HostUi {
  resize(size: { width?: number; height?: number }): void;
  close(reload: boolean): void;
  openRecord(entity: string, recordId: string): void;
}

/** An answer: resolve the SDK's promise (EVENT_RESPONSE) or reject it (EVENT_RESPONSE_FAILURE). */
export type Answer = { settle: 'resolve' | 'reject'; data: unknown };

/** A CRM_EVENT named by its SDK call, with a way to answer it. */
export interface CrmCall {
  name: string;
  answer(store: CrmStore, ui: HostUi): Answer;
}

/** The SDK call names the router knows, for the Simulator panel's "fail on" list. */
export const CALL_NAMES = [
  'getBluePrint',
  'updateBluePrint',
  'getRecord',
  'updateRecord',
  'getRelatedRecords',
  'searchRecord',
  'getAllUsers',
  'uploadFile',
  'getOrgVariable',
  'getFields',
  'getModules',
  'getCurrentUser',
  'getOrgInfo',
  'invokeAPI',
  'CONNECTION.invoke',
  'Resize',
  'Popup.close',
  'Popup.closeReload',
  'Record.open',
];

const resolve = (data: unknown): Answer => ({ settle: 'resolve', data });
const reject = (data: unknown): Answer => ({ settle: 'reject', data });
const apiError = (code: string, message: string, details: Record<string, unknown> = {}): ApiError => ({
  code,
  details,
  message,
  status: 'error',
});
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const num = (v: unknown, fallback: number): number =>
  Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : fallback;
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** A variable's answer as getOrgVariable gives it; a missing one answers without `Success`. */
function variableAnswer(store: CrmStore, name: string): Answer {
  const value = store.getVariable(name);
  return resolve(
    value === undefined ? { Error: { Content: `No variable named ${name}` } } : { Success: { Content: value } },
  );
}

/** The connection the settings page reads blueprints through (src/crm/blueprint-reader.ts, BLUEPRINT_CONNECTION). */
const BLUEPRINT_CONNECTION = 'bpstepperblueprints';

/**
 * A connection's call: the API's answer in the SDK's envelope `{code, details: {statusMessage}}`
 * (docs/assumptions.md); a connection the admin has not created is refused as the SDK would.
 */
function connectionAnswer(store: CrmStore, name: string, request: Record<string, unknown>): Answer {
  if (!store.connection || name !== BLUEPRINT_CONNECTION)
    return reject({ code: 'INVALID_CONNECTION', message: `No connection named ${name}`, details: {}, status: 'error' });
  const path = /\/crm\/v\d+\/settings\/blueprints(?:\/(\d+))?$/.exec(str(request.url).split('?')[0] ?? '');
  if (!path || str(request.method).toUpperCase() !== 'GET')
    return resolve({
      code: 'SUCCESS',
      details: {
        statusMessage: apiError('INVALID_URL_PATTERN', 'Please check if the URL trying to access is a correct one'),
      },
    });
  const answer = path[1] ? blueprintDefinitionAnswer(store, path[1]) : blueprintListAnswer(store);
  return resolve({
    code: 'SUCCESS',
    details: {
      statusMessage: answer ?? apiError('INVALID_DATA', 'the id given seems to be invalid', { id: path[1] ?? '' }),
    },
  });
}

/** Names a CRM_EVENT's data and binds its answer. Unknown calls are rejected, never left hanging. */
export function routeCall(d: CrmEventData): CrmCall {
  const call = (name: string, answer: CrmCall['answer']): CrmCall => ({ name, answer });
  const action = d.action;
  switch (d.category) {
    case 'BLUEPRINT':
      if (action === 'UPDATE_BLUEPRINT_STATUS') {
        // The real CRM often resolves a failed update with the error body instead of rejecting: the widget must read both.
        return call('updateBluePrint', (s) => {
          const out = updateBlueprint(s, str(d.Entity), str(d.RecordID), d.BlueprintData);
          return resolve(out.ok ? out.value : out.error);
        });
      }
      return call('getBluePrint', (s) => {
        const out = getBlueprint(s, str(d.Entity), str(d.RecordID));
        return out.ok ? resolve(out.value) : reject(out.error);
      });
    case 'READ': {
      const api = obj(d.APIData);
      if (api.RelatedList !== undefined) {
        return call('getRelatedRecords', (s) => {
          if (str(api.RelatedList) !== 'Stage_History' || str(api.Entity) !== 'Deals')
            return reject(apiError('INVALID_DATA', 'the relation name given seems to be invalid'));
          return resolve(stageHistoryAnswer(s, str(api.Entity), str(api.RecordID)) ?? '');
        });
      }
      return call('getRecord', (s) => {
        const found = s.getRecord(str(api.Entity), str(api.RecordID));
        return found
          ? resolve(found)
          : reject(apiError('INVALID_DATA', 'the related id given seems to be invalid', { id: str(api.RecordID) }));
      });
    }
    case 'UPDATE':
      // A refusal of one record comes inside `data`, resolved, as the Records API's multi-status answer does.
      return call('updateRecord', (s) => resolve(updateRecord(s, str(d.Entity), d.APIData)));
    case 'SEARCH':
      return call('searchRecord', (s) =>
        resolve(s.search(str(d.Entity), str(d.Query), num(d.page, 1), num(d.per_page, 200))),
      );
    case 'USER':
      return call('getAllUsers', (s) =>
        resolve(
          d.ID ? { users: s.users.filter((u) => u.id === d.ID) } : s.allUsers(num(d.page, 1), num(d.per_page, 200)),
        ),
      );
    case 'FILES':
      return call('uploadFile', (s) => {
        const file = obj(obj(obj(d.FileData).FILE).file);
        const name = typeof file.name === 'string' ? file.name : 'upload.bin';
        return resolve({
          data: [
            {
              code: 'SUCCESS',
              details: { name, id: s.upload(name) },
              message: 'file uploaded successfully',
              status: 'success',
            },
          ],
        });
      });
    case 'META':
      if (d.type === 'MODULE_LIST') return call('getModules', (s) => resolve({ modules: structuredClone(s.modules) }));
      return call('getFields', (s) => {
        const fields = s.fields(str(d.Entity));
        return fields
          ? resolve({ fields: structuredClone(fields) })
          : reject(apiError('INVALID_MODULE', 'the module name given seems to be invalid'));
      });
    case 'CONFIG':
      if (d.type === 'CURRENT_USER')
        return call('getCurrentUser', (s) => resolve({ users: [structuredClone(s.users[0])] }));
      if (d.type === 'ORG') return call('getOrgInfo', (s) => resolve({ org: [structuredClone(s.org)] }));
      return call('getOrgVariable', (s) => variableAnswer(s, str(d.nameSpace)));
    case 'CONNECTOR':
      return call('invokeAPI', (s) => {
        const params = obj(d.data);
        if (d.nameSpace === 'crm.get') return variableAnswer(s, str(params.apiname));
        if (d.nameSpace !== 'crm.set')
          return reject(apiError('INVALID_DATA', `the CRM simulator has no connector API "${str(d.nameSpace)}"`));
        const value = typeof params.value === 'string' ? params.value : JSON.stringify(params.value);
        s.setVariable(str(params.apiname), value);
        return resolve({
          code: 'SUCCESS',
          details: { apiname: str(params.apiname) },
          message: 'variable updated successfully',
          status: 'success',
        });
      });
    case 'CONNECTION':
      return call('CONNECTION.invoke', (s) => connectionAnswer(s, str(d.nameSpace), obj(d.data)));
    case 'UI': {
      const a = obj(action);
      if (action === 'RESIZE') return call('Resize', (_, ui) => (ui.resize(obj(d.data)), resolve(true)));
      if (a.popup === 'CLOSE' || a.popup === 'CLOSE_RELOAD') {
        const reload = a.popup === 'CLOSE_RELOAD';
        return call(reload ? 'Popup.closeReload' : 'Popup.close', (_, ui) => (ui.close(reload), resolve(true)));
      }
      if (a.record === 'OPEN') {
        const target = obj(d.data);
        return call('Record.open', (_, ui) => (ui.openRecord(str(target.Entity), str(target.RecordID)), resolve(true)));
      }
      break;
    }
  }
  return call(`unknown:${d.category}`, () =>
    reject(
      apiError(
        'INVALID_REQUEST_METHOD',
        `the CRM simulator does not implement ${d.category} ${JSON.stringify(action ?? d.type ?? '')}`,
      ),
    ),
  );
}
