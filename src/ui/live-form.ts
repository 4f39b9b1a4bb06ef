import { useEffect, useState } from 'preact/hooks';
import type { FormItem } from '../blueprint/model.ts';
import type { DraftValue, Drafts, FormContext } from '../fields/contract.ts';
import { itemKey } from '../fields/drafts.ts';
import { blockingOf, type Blocking } from '../fields/send-data.ts';

/**
 * The open form's values as the rep types them, with each item's check kept (issue 13 goal 3): their one home.
 * The widget's state holds the form by reference (widget-state.ts, `FormState.values`); the view, the draft
 * saving and the send read them here. A keystroke changes one item: only that item is checked again and only its
 * row hears of it, with the form's summary (what is still needed); no other row, and nothing outside the form,
 * renders.
 */
export interface LiveForm {
  /** The transition the form is of. */
  readonly transitionId: string;
  /** The record's values when the form opened: a send sends only what differs, a save keeps only that. */
  readonly initial: Drafts;
  /** The values as typed: a new object after each change, so it can be handed on as it is. */
  typed(): Drafts;
  value(key: string): DraftValue;
  /** What stops this item from being completed now, or null. */
  problem(key: string): Blocking | null;
  /** Every item that stops the form from completing, in form order, from the kept checks (none re-run). */
  blocking(): Blocking[];
  /** The rep changed one item: it alone is checked again. */
  set(key: string, value: DraftValue): void;
  /** Calls `listener` when the item `key` changes, or, with null, when any does. Returns the unsubscribe. */
  subscribe(key: string | null, listener: () => void): () => void;
}

/**
 * A LiveForm over a transition's items, starting from `drafts` (every item checked once); `initial` is the
 * record's values the form opened with (by default the same).
 */
export function liveForm(
  transitionId: string,
  items: readonly FormItem[],
  drafts: Drafts,
  ctx: FormContext,
  initial: Drafts = drafts,
): LiveForm {
  const itemOf = new Map<string, FormItem>();
  const problems = new Map<string, Blocking>();
  const listeners = new Map<string | null, Set<() => void>>();
  let current = drafts;
  let blocking: Blocking[] | null = null;

  const check = (key: string, value: DraftValue): boolean => {
    const item = itemOf.get(key);
    if (!item) return false;
    const before = problems.get(key) ?? null;
    const after = blockingOf(item, key, value, ctx);
    if (after) problems.set(key, after);
    else problems.delete(key);
    if (before !== null || after !== null) blocking = null;
    return true;
  };
  const tell = (key: string | null) => listeners.get(key)?.forEach((listener) => listener());

  for (const item of items) {
    const key = itemKey(item);
    if (key === null || itemOf.has(key)) continue;
    itemOf.set(key, item);
    check(key, current[key] ?? null);
  }

  return {
    transitionId,
    initial,
    typed: () => current,
    value: (key) => current[key] ?? null,
    problem: (key) => problems.get(key) ?? null,
    blocking: () => {
      if (blocking) return blocking;
      const out: Blocking[] = [];
      for (const key of itemOf.keys()) {
        const problem = problems.get(key);
        if (problem) out.push(problem);
      }
      return (blocking = out);
    },
    set: (key, value) => {
      if (current[key] === value) return;
      current = { ...current, [key]: value };
      if (!check(key, value)) return;
      tell(key);
      tell(null);
    },
    subscribe: (key, listener) => {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
}

/** Re-renders the caller when item `key` (null: any item) of the form changes. */
export function useLive(form: LiveForm, key: string | null): void {
  const [, bump] = useState(0);
  useEffect(() => form.subscribe(key, () => bump((n) => n + 1)), [form, key]);
}

/**
 * Re-renders the caller when what blocks the form changes (which items, and whether each is only missing):
 * the form's summary, not each keystroke. Returns the blocking items.
 */
export function useBlocking(form: LiveForm): Blocking[] {
  const [, setShape] = useState(() => shapeOf(form.blocking()));
  useEffect(() => form.subscribe(null, () => setShape(shapeOf(form.blocking()))), [form]);
  return form.blocking();
}

/** Each blocking list's shape, made once: `blocking()` keeps its list while no item's check changed. */
const shapes = new WeakMap<Blocking[], string>();

/**
 * The blocking items and whether each is only missing, as one string to compare. Made once per list: two
 * summaries ask on every keystroke, and in a 300-field form building it took about 3 ms a key at 4× CPU.
 */
function shapeOf(blocking: Blocking[]): string {
  let shape = shapes.get(blocking);
  if (shape === undefined)
    shapes.set(blocking, (shape = blocking.map((b) => `${b.key}${b.missing ? '!' : ''}`).join('\u0000')));
  return shape;
}
