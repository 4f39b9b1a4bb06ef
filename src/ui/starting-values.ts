import type { DraftValue, Drafts, FormContext } from '../fields/contract.ts';
import { initialDrafts } from '../fields/drafts.ts';
import type { Transition } from '../blueprint/model.ts';
import { liveForm } from './live-form.ts';
import type { FormStart } from './widget-state.ts';

/**
 * A form's values as it starts: the record's values, read by their kinds, with the drafts kept from an earlier
 * visit (`restored`) laid over them; the kept keys that did not fit are listed in `dropped`.
 */
export function startForm(transition: Transition, ctx: FormContext, restored: Drafts | null): FormStart {
  const initial = initialDrafts(transition.items, transition.data, ctx.formats);
  // The values stay the very `initial` object until the rep edits: only values that differ are kept.
  const fitted = restored ? fitRestored(restored, initial, transition) : null;
  const drafts = fitted ? { ...initial, ...fitted.drafts } : initial;
  return { values: liveForm(transition.id, transition.items, drafts, ctx, initial), dropped: fitted?.dropped ?? [] };
}

/**
 * Restored drafts only for keys the transition still has, and only those that fit their item: a value of a
 * shape its kind does not hold (`{"Notes": 12345}`), or a picklist value the list no longer has, is left out,
 * and its key listed in `dropped` so the form can say so.
 */
function fitRestored(restored: Drafts, initial: Drafts, transition: Transition): { drafts: Drafts; dropped: string[] } {
  const drafts: Drafts = {};
  const dropped: string[] = [];
  for (const key of Object.keys(initial)) {
    if (!Object.hasOwn(restored, key)) continue;
    const item = transition.items.find((i) => i.kind === 'field' && i.apiName === key);
    const value: unknown = restored[key];
    const fits =
      sameShape(shapeOf(value), shapeOf(initial[key])) &&
      !(
        item?.kind === 'field' &&
        item.type === 'picklist' &&
        typeof value === 'string' &&
        value !== '' &&
        item.options.length > 0 &&
        !item.options.some((o) => o.value === value)
      );
    if (fits) drafts[key] = value as DraftValue;
    else dropped.push(key);
  }
  return { drafts, dropped };
}

/** The shape of a draft value: which member of DraftValue it is; `bad` for anything no kind holds. */
function shapeOf(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string' || typeof v === 'boolean') return typeof v;
  if (Array.isArray(v)) {
    if (v.length === 0) return 'empty';
    if (v.every((x) => typeof x === 'string')) return 'strings';
    return v.every(isChoice) ? 'choices' : 'bad';
  }
  if (isChoice(v)) return 'choice';
  if (typeof v === 'object' && 'files' in v && 'links' in v) {
    const a = v as { files: unknown; links: unknown };
    return Array.isArray(a.files) && a.files.every(isChoice) && Array.isArray(a.links) ? 'attachments' : 'bad';
  }
  return 'bad';
}

function isChoice(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
}

/** Whether a restored value's shape fits the item's starting value's (an empty start takes any good shape). */
function sameShape(restored: string, start: string): boolean {
  if (restored === 'bad') return false;
  if (restored === 'null' || start === 'null') return true;
  if (restored === 'empty') return start === 'empty' || start === 'strings' || start === 'choices';
  if (start === 'empty') return restored === 'strings' || restored === 'choices';
  return restored === start;
}
