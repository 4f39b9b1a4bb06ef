import { vi } from 'vitest';
import type { PageContext, RecordRef } from '../../src/crm/crm-client.ts';
import type { CrmWire } from '../../src/crm/crm-wire.ts';
import { CrmFailure, type CrmError } from '../../src/crm/crm-error.ts';
import fields from '../fixtures/lead-fields.json';
import blueprint from '../fixtures/lead-blueprint.json';

/**
 * A CRM wire for component tests: raw answers from fixtures, records what it was asked, fails on demand. Hand
 * it to a page through `decodingClient(...)`, as the SDK's wire is.
 */
export function fakeWire(overrides: Partial<Record<keyof CrmWire, (...args: never[]) => Promise<unknown>>> = {}) {
  const wire = {
    getBlueprint: vi.fn(async (_ref: RecordRef) => structuredClone(blueprint) as unknown),
    updateBlueprint: vi.fn(
      async (..._args: unknown[]) =>
        ({ code: 'SUCCESS', status: 'success', message: 'transition updated successfully' }) as unknown,
    ),
    getFields: vi.fn(async () => structuredClone(fields) as unknown),
    // Answers about the record asked for, as the CRM does (the widget checks it: issue 21).
    getRecord: vi.fn(
      async (ref: RecordRef) =>
        ({ data: [{ id: ref.recordId, Full_Name: 'Ava Brooks', First_Name: 'Ava', Last_Name: 'Brooks' }] }) as unknown,
    ),
    updateRecord: vi.fn(
      async (..._args: unknown[]) =>
        ({
          data: [{ code: 'SUCCESS', details: { id: '301' }, message: 'record updated', status: 'success' }],
        }) as unknown,
    ),
    getRelatedRecords: vi.fn(async (..._args: unknown[]) => undefined as unknown),
    getCurrentUser: vi.fn(async () => ({ users: [{ locale: 'en_US', time_zone: 'UTC' }] }) as unknown),
    getOrgInfo: vi.fn(async () => ({ org: [{}] }) as unknown),
    searchRecords: vi.fn(async (..._args: unknown[]) => ({ data: [] }) as unknown),
    getUsers: vi.fn(async (..._args: unknown[]) => ({ users: [] }) as unknown),
    uploadFile: vi.fn(
      async (..._args: unknown[]) =>
        ({ data: [{ code: 'SUCCESS', details: { id: 'file-1', name: 'file' }, status: 'success' }] }) as unknown,
    ),
    getModules: vi.fn(async () => ({ modules: [] }) as unknown),
    getOrgVariable: vi.fn(async (..._args: unknown[]) => ({ Success: { Content: '' } }) as unknown),
    setOrgVariable: vi.fn(async (..._args: unknown[]) => undefined),
    resize: vi.fn(async () => undefined),
    closePopup: vi.fn(async (..._args: unknown[]) => undefined),
    openRecord: vi.fn(async (..._args: unknown[]) => undefined),
  };
  Object.assign(wire, Object.fromEntries(Object.entries(overrides).map(([k, fn]) => [k, vi.fn(fn)])));
  return wire as typeof wire & CrmWire;
}

/** The page context of a Leads record button. */
export const leadPage: PageContext = { record: { entity: 'Leads', recordId: '301' }, buttonPosition: 'DetailView' };

/** A rejection as the boundary produces it. */
export function crmFailure(error: CrmError): Promise<never> {
  return Promise.reject(new CrmFailure(error));
}
