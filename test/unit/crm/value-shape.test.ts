import { describe, expect, it } from 'vitest';
import { logCalls, type CallRecord } from '../../../src/crm/call-log.ts';
import { shapedCalls, shapeOf, type Shape } from '../../../src/crm/value-shape.ts';
import blueprint from '../../fixtures/zoho-sample-get-blueprint.json';
import record from '../../fixtures/zoho-sample-record.json';
import { crmFailure, fakeWire, leadPage } from '../fake-wire.ts';

/** Keys whose values are codes and types, which the shape keeps by design (docs/zoho-sdk.md, "Diagnostics"). */
const KEPT = new Set(['code', 'status', 'data_type', 'json_type', '_type', 'expected_data_type', 'api_name']);

/** Every string and number in `value`, except values of the kept keys. */
function values(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => values(v));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => [...(/^[A-Za-z_]\w*$/.test(k) ? [] : [k]), ...values(v, k)]);
  if ((typeof value === 'string' || typeof value === 'number') && !KEPT.has(key)) return [String(value)];
  return [];
}

/** Every leaf of a shape that is neither a type name, an array's length nor a hidden key's name. */
function strangeLeaves(shape: Shape, key = ''): string[] {
  if (Array.isArray(shape))
    return shape.flatMap((s, i) =>
      i === 0 && typeof s === 'string' && /^array\(\d+\)$/.test(s) ? [] : strangeLeaves(s),
    );
  if (typeof shape === 'object') return Object.entries(shape).flatMap(([k, s]) => strangeLeaves(s, k));
  return KEPT.has(key) || ['string', 'number', 'boolean', 'null', 'undefined', 'object', 'bigint'].includes(shape)
    ? []
    : [shape];
}

/**
 * Every value of a kept key, and every identifier-like key, in `value`: schema names the shape keeps by design,
 * which may also be a value elsewhere (a module name is a `convert_mapping` key and a `connected_module` value).
 */
function keptValues(value: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    for (const [k, inner] of Object.entries(v)) {
      if (KEPT.has(k) && typeof inner === 'string') out.add(inner);
      if (/^[A-Za-z_]\w*$/.test(k)) out.add(k);
      walk(inner);
    }
  };
  walk(value);
  return out;
}

/**
 * Values long enough to tell, and not also the value of a kept key; looked for as JSON strings (`"Maya"`), so a
 * field name that merely contains one (`Leads_X_Users`) does not count. Numbers never appear: a shape's leaves
 * are all strings, which `strangeLeaves` checks.
 */
const telling = (all: string[], from?: unknown) => {
  const kept = keptValues(from);
  return all.filter((v) => v.length >= 4 && !kept.has(v));
};

describe('the shape of a value (what diagnostics keep)', () => {
  it('keeps no value of a record: no name, email, phone, amount, id or note', () => {
    const shape = shapeOf(record);
    const text = JSON.stringify(shape);
    for (const v of telling(values(record))) expect(text, v).not.toContain(JSON.stringify(v));
    expect(strangeLeaves(shape)).toEqual([]);
    expect(shape).toMatchObject({
      data: [
        'array(1)',
        { Email: 'string', Annual_Revenue: 'number', Owner: { id: 'string' }, Tag: ['array(1)', { name: 'string' }] },
      ],
    });
  });

  it("keeps no value of Zoho's sample blueprint, but keeps its field types and API names", () => {
    const shape = shapeOf(blueprint);
    const text = JSON.stringify(shape);
    for (const v of telling(values(blueprint), blueprint)) expect(text, v).not.toContain(JSON.stringify(v));
    expect(strangeLeaves(shape)).toEqual([]);
    expect(text).toContain('"api_name":"Lead_Status"');
    expect(text).toContain('"json_type":"jsonarray"');
  });

  it("hides a checklist's item texts, which Zoho sends as keys, and any key that is not an identifier", () => {
    const shape = shapeOf({ CheckLists: [{ Call: true }], 'Spoke with Maya': 'x', '4876876000000400123': 1 });
    expect(JSON.stringify(shape)).not.toMatch(/Call|Maya|4876876000000400123/);
    expect(shape).toEqual({
      CheckLists: ['array(1)', { '<key 0>': 'boolean' }],
      '<key 1>': 'string',
      '<key 2>': 'number',
    });
  });

  it("keeps an error's code, and an identifier-like field name it blames, but not its message", () => {
    const shape = shapeOf({
      code: 'INVALID_DATA',
      status: 'error',
      message: 'invalid data for Maya',
      details: { api_name: 'Email', expected_data_type: 'email' },
    });
    expect(shape).toEqual({
      code: 'INVALID_DATA',
      status: 'error',
      message: 'string',
      details: { api_name: 'Email', expected_data_type: 'email' },
    });
    expect(shapeOf({ code: 'maya@northwind.example' })).toEqual({ code: 'string' });
  });
});

describe('the call log', () => {
  it('reports method, timing, outcome and shapes of every call, never the values sent or answered', async () => {
    const log: CallRecord[] = [];
    const client = logCalls(
      fakeWire({
        getRecord: async () => record,
        updateBlueprint: () =>
          crmFailure({
            kind: 'api',
            call: 'updateBluePrint',
            code: 'RECORD_LOCKED',
            message: 'locked by Patricia Boyle',
            fieldApiName: null,
            details: {},
          }),
      }),
      log,
    );
    await client.getRecord(leadPage.record);
    await expect(
      client.updateBlueprint(leadPage.record, '4876876000000342606', { Notes: 'Spoke with Maya', Amount: 1250000.75 }),
    ).rejects.toThrow();
    const shaped = shapedCalls(log);
    const text = JSON.stringify(shaped);
    for (const v of [
      ...telling(values(record)),
      'Spoke with Maya',
      '4876876000000342606',
      '301',
      'Leads',
      'Patricia Boyle',
    ])
      expect(text, v).not.toContain(JSON.stringify(v));
    expect(shaped).toMatchObject([
      {
        method: 'getRecord',
        outcome: 'ok',
        ms: expect.any(Number),
        args: [{ entity: 'string', recordId: 'string' }],
        answer: { data: ['array(1)', expect.any(Object)] },
      },
      {
        method: 'updateBlueprint',
        outcome: 'RECORD_LOCKED',
        args: [{ entity: 'string', recordId: 'string' }, 'string', { Notes: 'string', Amount: 'number' }],
      },
    ]);
  });

  it('keeps only the last 50 calls', async () => {
    const log: CallRecord[] = [];
    const client = logCalls(fakeWire(), log);
    for (let i = 0; i < 60; i += 1) await client.getModules();
    expect(log).toHaveLength(50);
  });

  it('says a call timed out, and behaves otherwise exactly like the client it wraps', async () => {
    const log: CallRecord[] = [];
    const client = logCalls(
      fakeWire({ getBlueprint: () => crmFailure({ kind: 'timeout', call: 'getBluePrint', afterMs: 15000 }) }),
      log,
    );
    await expect(client.getBlueprint(leadPage.record)).rejects.toMatchObject({ error: { kind: 'timeout' } });
    expect(await client.getCurrentUser()).toEqual({ users: [{ locale: 'en_US', time_zone: 'UTC' }] });
    expect(log.map((e) => e.outcome)).toEqual(['timeout', 'ok']);
  });
});
