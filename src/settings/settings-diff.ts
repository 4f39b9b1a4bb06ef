/**
 * What an admin's edits change, as messages ("Leads: “Junk Lead” hidden from the path"), for the summary the
 * settings page shows before saving. Compares what the widget would do, not the JSON: a module left at its
 * defaults and one listing the picklist in its own order are the same.
 */
import type { ProcessState } from '../blueprint/model.ts';
import { msg, type Message } from '../i18n/message.ts';
import { namesState, orderStates, transitionKey } from './apply-settings.ts';
import {
  PROCESS_CHOICES,
  settingsForModule,
  type ProcessSettings,
  type AfterTransition,
  type ModuleSettings,
  type SettingsDoc,
  type StateSettings,
} from './settings-schema.ts';

/** What the summary needs to know about the org to name things. */
export interface DiffContext {
  /** The module's label, e.g. "Deals". */
  moduleLabel(module: string): string;
  /** The picklist states of a module's field, when the page has loaded them. */
  states(module: string, field: string | null): ProcessState[] | null;
  /** A field's label, e.g. "Lead Status". */
  fieldLabel(module: string, field: string): string;
}

/** The words for each after-transition choice, as the settings page's radio buttons show them. */
export const AFTER_TRANSITION_WORDS: Record<AfterTransition, Message> = {
  stay: msg('settings.after.stay'),
  close: msg('settings.after.close'),
  'close-reload': msg('settings.after.closeReload'),
};

/** The summary line for a new after-transition choice: a sentence of its own per choice, so each language words it whole. */
const AFTER_TRANSITION_CHANGE: Record<AfterTransition, (module: string) => Message> = {
  stay: (module) => msg('settings.change.afterStay', { module }),
  close: (module) => msg('settings.change.afterClose', { module }),
  'close-reload': (module) => msg('settings.change.afterCloseReload', { module }),
};

/** One line per change between two documents, module by module; every line names its module (the `module` param). */
export function describeChanges(before: SettingsDoc, after: SettingsDoc, ctx: DiffContext): Message[] {
  const modules = [...new Set([...Object.keys(after.modules), ...Object.keys(before.modules)])];
  return modules.flatMap((m) => moduleChanges(m, settingsForModule(before, m), settingsForModule(after, m), ctx));
}

function moduleChanges(module: string, b: ModuleSettings, a: ModuleSettings, ctx: DiffContext): Message[] {
  const label = ctx.moduleLabel(module);
  const lines: Message[] = [];
  if (b.enabled !== a.enabled)
    lines.push(
      a.enabled
        ? msg('settings.change.turnedOn', { module: label })
        : msg('settings.change.turnedOff', { module: label }),
    );
  if (b.processField !== a.processField) {
    lines.push(
      a.processField
        ? msg('settings.change.processField', { module: label, field: ctx.fieldLabel(module, a.processField) })
        : msg('settings.change.processFieldCleared', { module: label }),
    );
  }
  if (b.processField === a.processField || b.processField === null)
    lines.push(...stateChanges(label, b.states, a.states, ctx.states(module, a.processField)));
  const hiddenBefore = new Set(b.hiddenTransitions.map(transitionKey));
  const hiddenAfter = new Set(a.hiddenTransitions.map(transitionKey));
  for (const name of a.hiddenTransitions)
    if (!hiddenBefore.has(transitionKey(name)))
      lines.push(msg('settings.change.transitionHidden', { module: label, name }));
  for (const name of b.hiddenTransitions)
    if (!hiddenAfter.has(transitionKey(name)))
      lines.push(msg('settings.change.transitionShown', { module: label, name }));
  if (b.afterTransition !== a.afterTransition) lines.push(AFTER_TRANSITION_CHANGE[a.afterTransition](label));
  lines.push(...processChanges(label, b, a));
  return lines;
}

/** One line per blueprint whose definition was read (or dropped), and per blueprint whose own choices changed. */
function processChanges(module: string, b: ModuleSettings, a: ModuleSettings): Message[] {
  const lines: Message[] = [];
  const ids = [...new Set([...Object.keys(a.processes ?? {}), ...Object.keys(b.processes ?? {})])];
  for (const id of ids) {
    const before = b.processes?.[id];
    const after = a.processes?.[id];
    const process = after?.name ?? before?.name ?? id;
    if (JSON.stringify(before?.def) !== JSON.stringify(after?.def))
      lines.push(
        msg(after?.def ? 'settings.change.definitionRead' : 'settings.change.definitionDropped', { module, process }),
      );
    const choices = (p: ProcessSettings | undefined) => JSON.stringify(PROCESS_CHOICES.map((k) => p?.[k] ?? null));
    if (choices(before) !== choices(after)) lines.push(msg('settings.change.process', { module, process }));
  }
  return lines;
}

function stateChanges(
  module: string,
  before: StateSettings[],
  after: StateSettings[],
  picklist: ProcessState[] | null,
): Message[] {
  // With the picklist known, both sides are read as the widget reads them: unknown names out, new states in.
  const norm = (list: StateSettings[]) =>
    picklist
      ? orderStates(picklist, list).map((o) => ({ ...o.settings, label: o.state.label }))
      : list.map((s) => ({ ...s, label: s.value }));
  const b = norm(before);
  const a = norm(after);
  const lines: Message[] = [];
  const shared = a.filter((s) => b.some((o) => o.value === s.value));
  const order = (list: { value: string }[]) =>
    list
      .filter((s) => shared.some((x) => x.value === s.value))
      .map((s) => s.value)
      .join('\n');
  if (order(a) !== order(b))
    lines.push(msg('settings.change.order', { module, order: a.map((s) => s.label).join(' → ') }));
  for (const s of a) {
    const old = b.find((o) => o.value === s.value);
    if (!old) continue;
    const stage = s.label;
    if (old.hidden !== s.hidden)
      lines.push(
        s.hidden
          ? msg('settings.change.stageHidden', { module, stage })
          : msg('settings.change.stageShown', { module, stage }),
      );
    if (old.closing !== s.closing) {
      lines.push(
        s.closing === 'won'
          ? msg('settings.change.closingWon', { module, stage })
          : s.closing === 'lost'
            ? msg('settings.change.closingLost', { module, stage })
            : msg('settings.change.notClosing', { module, stage }),
      );
    }
    const was = old.guidance.trim();
    const now = s.guidance.trim();
    if (was !== now) {
      lines.push(
        !was
          ? msg('settings.change.guidanceAdded', { module, stage })
          : !now
            ? msg('settings.change.guidanceRemoved', { module, stage })
            : msg('settings.change.guidanceChanged', { module, stage }),
      );
    }
    if (old.expectedDays !== s.expectedDays)
      lines.push(
        s.expectedDays === undefined
          ? msg('settings.change.expectedDaysRemoved', { module, stage })
          : msg('settings.change.expectedDays', { module, stage, days: s.expectedDays }),
      );
    // Key fields as the page holds them (checked on read: settings/key-fields.ts), in the admin's order.
    const fields = (x: StateSettings) => (Array.isArray(x.keyFields) ? x.keyFields.join(', ') : '');
    if (fields(old) !== fields(s))
      lines.push(msg('settings.change.keyFields', { module, stage, fields: fields(s) || '—' }));
  }
  // Raw lists here: normalising drops exactly the entries this line is about.
  const gone = (value: string) => !picklist || !picklist.some((p) => namesState(value, p));
  for (const s of before) {
    if (gone(s.value) && !after.some((o) => o.value === s.value))
      lines.push(msg('settings.change.stageGone', { module, stage: s.value }));
  }
  return lines;
}
