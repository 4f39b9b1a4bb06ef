import { describe, expect, it } from 'vitest';
import { decodingClient } from '../../../../src/crm/decoding-client.ts';
import { editorServices } from '../../../../src/crm/editor-services.ts';
import { fakeWire } from '../../fake-wire.ts';

/*
 * Contract: user lookups (`userlookup`, `ownerlookup`, `multiuserlookup`).
 * Zoho's embedded SDK `ZOHO.CRM.API.getAllUsers({Type, page, per_page})` (the JS SDK's API reference,
 * https://www.zoho.com/crm/developer/docs/widgets/ ) answers the v7 Users API's page:
 * `{users: [...], info: {page, per_page, count, more_records}}` with at most 200 a page
 * (https://www.zoho.com/crm/developer/docs/api/v7/get-users.html). A user lookup searches all of them.
 */
function usersPage(page: number, total: number) {
  const from = (page - 1) * 200;
  const users = Array.from({ length: Math.max(0, Math.min(200, total - from)) }, (_, i) => ({
    id: `u${from + i + 1}`,
    full_name: `User ${from + i + 1}`,
    email: `user${from + i + 1}@example.com`,
    status: 'active',
  }));
  return { users, info: { page, per_page: 200, count: users.length, more_records: from + 200 < total } };
}

describe('a user lookup', () => {
  it('finds a user past the first 200, paging through getAllUsers until more_records is false', async () => {
    const wire = fakeWire({ getUsers: async (page: number) => usersPage(page, 450) });
    const services = editorServices(decodingClient(wire));
    expect(await services.searchUsers('User 420', new AbortController().signal)).toEqual([
      { id: 'u420', name: 'User 420' },
    ]);
    expect(wire.getUsers.mock.calls.map((c) => c[0])).toEqual([1, 2, 3]);
  });

  it('stops after one page when the CRM says there are no more', async () => {
    const wire = fakeWire({ getUsers: async (page: number) => usersPage(page, 3) });
    const services = editorServices(decodingClient(wire));
    expect(await services.searchUsers('user 2', new AbortController().signal)).toEqual([{ id: 'u2', name: 'User 2' }]);
    expect(wire.getUsers).toHaveBeenCalledTimes(1);
  });
});
