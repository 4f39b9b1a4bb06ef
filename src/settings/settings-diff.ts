/**
 * What an admin's edits change, in plain lines ("Leads: “Junk Lead” hidden from the path"), for the summary the
 * settings page shows before saving. Compares what the widget would do, not the JSON: a module left at its
 * defaults and one listing the picklist in its own order are the same.
 */
import type { ProcessState } from '../blueprint/model.ts';
import { namesState, orderStates, transitionKey } from './apply-settings.ts';
import { settingsForModule, type AfterTransition, type ModuleSettings, type SettingsDoc, type StateSettings } from './settings-schema.ts';

/** What the summary needs to know about the org to name things. */
export interface DiffContext {
  /** The module's label, e.g. "Deals". */
  moduleLabel(module: string): string;
  /** The picklist states of a module's field, when the page has loaded them. */
  states(module: string, field: string | null): ProcessState[] | null;
  /** A field's label, e.g. "Lead Status". */
  fieldLabel(module: string, field: string): string;
}

/** The words for each after-transition choice, shared with the settings page's radio buttons. */
export const AFTER_TRANSITION_WORDS: Record<AfterTransition, string> = {
  stay: 'stay in the widget and show the next steps',
  close: 'close the popup',
  'close-reload': 'close the popup and reload the record page',
};

/** One line per change between two documents, module by module. */
export function describeChanges(before: SettingsDoc, after: SettingsDoc, ctx: DiffContext): string[] {
  const modules = [...new Set([...Object.keys(after.modules), ...Object.keys(before.modules)])];
  return modules.flatMap((m) => moduleChanges(m, settingsForModule(before, m), settingsForModule(after, m), ctx).map((line) => `${ctx.moduleLabel(m)}: ${line}`));
}

function moduleChanges(module: string, b: ModuleSettings, a: ModuleSettings, ctx: DiffContext): string[] {
  const lines: string[] = [];
  if (b.enabled !== a.enabled) lines.push(a.enabled ? 'widget turned on' : 'widget turned off');
  if (b.processField !== a.processField) {
    lines.push(a.processField ? `path set up on the field ${ctx.fieldLabel(module, a.processField)}` : 'process field cleared');
  }
  if (b.processField === a.processField || b.processField === null) lines.push(...stateChanges(b.states, a.states, ctx.states(module, a.processField)));
  const hiddenBefore = new Set(b.hiddenTransitions.map(transitionKey));
  const hiddenAfter = new Set(a.hiddenTransitions.map(transitionKey));
  for (const name of a.hiddenTransitions) if (!hiddenBefore.has(transitionKey(name))) lines.push(`transition “${name}” hidden`);
  for (const name of b.hiddenTransitions) if (!hiddenAfter.has(transitionKey(name))) lines.push(`transition “${name}” shown again`);
  if (b.afterTransition !== a.afterTransition) lines.push(`after a transition: ${AFTER_TRANSITION_WORDS[a.afterTransition]}`);
  return lines;
}

function stateChanges(before: StateSettings[], after: StateSettings[], picklist: ProcessState[] | null): string[] {
  // With the picklist known, both sides are read as the widget reads them: unknown names out, new states in.
  const norm = (list: StateSettings[]) => (picklist ? orderStates(picklist, list).map((o) => ({ ...o.settings, label: o.state.label })) : list.map((s) => ({ ...s, label: s.value })));
  const b = norm(before);
  const a = norm(after);
  const lines: string[] = [];
  const shared = a.filter((s) => b.some((o) => o.value === s.value));
  const order = (list: { value: string }[]) => list.filter((s) => shared.some((x) => x.value === s.value)).map((s) => s.value).join('\n');
  if (order(a) !== order(b)) lines.push(`stage order now ${a.map((s) => s.label).join(' → ')}`);
  for (const s of a) {
    const old = b.find((o) => o.value === s.value);
    if (!old) continue;
    if (old.hidden !== s.hidden) lines.push(s.hidden ? `“${s.label}” hidden from the path` : `“${s.label}” shown on the path`);
    if (old.closing !== s.closing) lines.push(s.closing ? `“${s.label}” is a closing stage (${s.closing})` : `“${s.label}” is no longer a closing stage`);
    const was = old.guidance.trim();
    const now = s.guidance.trim();
    if (was !== now) lines.push(!was ? `guidance added for “${s.label}”` : !now ? `guidance removed for “${s.label}”` : `guidance changed for “${s.label}”`);
  }
  // Raw lists here: normalising drops exactly the entries this line is about.
  const gone = (value: string) => !picklist || !picklist.some((p) => namesState(value, p));
  for (const s of before) {
    if (gone(s.value) && !after.some((o) => o.value === s.value)) lines.push(`“${s.value}” is no longer in the picklist and leaves the settings`);
  }
  return lines;
}
