import { describe, expect, it } from 'vitest';
import { groupTransitions, type LoadedRecord } from '../../../src/bulk/group-transitions.ts';
import { transition } from '../transition-factory.ts';

const proposal = (over = {}) =>
  transition('t-prop', { name: 'Send proposal', targetState: 'Proposal/Price Quote', ...over });
const lost = transition('t-lost', { name: 'Mark lost', targetState: 'Closed Lost' });

function rec(id: string, state: string, transitions: LoadedRecord['transitions']): LoadedRecord {
  return { id, name: `Deal ${id}`, currentState: state, transitions };
}

describe('grouping the transitions across a selection', () => {
  it('groups by transition id with how many records can take each, most first', () => {
    const choices = groupTransitions([
      rec('1', 'Qualification', [proposal(), lost]),
      rec('2', 'Needs Analysis', [proposal()]),
      rec('3', 'Qualification', [lost]),
      rec('4', 'Qualification', [proposal()]),
    ]);
    expect(choices.map((c) => [c.name, c.ready.length, c.targetState])).toEqual([
      ['Send proposal', 3, 'Proposal/Price Quote'],
      ['Mark lost', 2, 'Closed Lost'],
    ]);
    expect(choices[0]?.ready).toEqual(['1', '2', '4']);
  });

  it('lists the records offered a transition by their current stage', () => {
    const [choice] = groupTransitions([
      rec('1', 'Qualification', [proposal()]),
      rec('2', 'Needs Analysis', [proposal()]),
      rec('3', 'Qualification', [proposal()]),
    ]);
    expect(choice?.byStage).toEqual([
      { state: 'Qualification', recordIds: ['1', '3'] },
      { state: 'Needs Analysis', recordIds: ['2'] },
    ]);
  });

  it('counts the records blocked by criteria, with the reasons', () => {
    const needsAmount = proposal({ criteriaMatched: false, criteriaMessage: 'Amount is empty' });
    const [choice] = groupTransitions([
      rec('1', 'Qualification', [proposal()]),
      rec('2', 'Qualification', [needsAmount]),
      rec('3', 'Qualification', [needsAmount]),
      rec('4', 'Qualification', [proposal({ criteriaMatched: false, criteriaMessage: null })]),
    ]);
    expect(choice?.ready).toEqual(['1']);
    expect(choice?.blocked.map((b) => b.id)).toEqual(['2', '3', '4']);
    expect(choice?.blockedReasons).toEqual([
      { reason: 'Amount is empty', count: 2 },
      { reason: null, count: 1 },
    ]);
  });

  it('leaves automatic transitions out: the CRM performs them itself', () => {
    const auto = transition('t-auto', { kind: 'automatic', name: 'Follow-up due' });
    expect(groupTransitions([rec('1', 'A', [auto]), rec('2', 'A', [auto])])).toEqual([]);
  });

  it('counts a parallel step only for the records that still have it to do', () => {
    const parent = { id: 'p', name: 'Review' };
    const todo = transition('t-step', { name: 'Security review', parent, done: false });
    const done = transition('t-step', { name: 'Security review', parent, done: true });
    const [choice] = groupTransitions([rec('1', 'A', [done]), rec('2', 'A', [todo]), rec('3', 'A', [todo])]);
    expect(choice?.ready).toEqual(['2', '3']);
    expect(groupTransitions([rec('1', 'A', [done])])).toEqual([]);
  });

  it('shows the definition of a record that can take the transition', () => {
    const blocked = proposal({ criteriaMatched: false, data: { Amount: 1 } });
    const ready = proposal({ data: { Amount: 2 } });
    const [choice] = groupTransitions([rec('1', 'A', [blocked]), rec('2', 'A', [ready])]);
    expect(choice?.transition.data).toEqual({ Amount: 2 });
  });
});
