import { wholeStates, type ModuleEdit, type ProcessFieldInUse } from '../../settings/module-edits.ts';
import {
  isExpectedDays,
  MAX_EXPECTED_DAYS,
  MAX_GUIDANCE_LENGTH,
  type ClosingKind,
  type ModuleSettings,
  type StateSettings,
} from '../../settings/settings-schema.ts';
import { useT } from '../i18n-context.ts';
import type { KeyFieldChoice } from '../../flow/settings-page.ts';
import { keyFieldsOf } from '../../settings/key-fields.ts';
import { KeyFieldsPicker } from './key-fields-picker.tsx';

/**
 * The path's stages in the admin's order, each with up/down buttons, whether it shows, whether it closes the
 * process, guidance for reps and the days a record is expected to stay (checked as typed). Up/down stay focusable at the ends (aria-disabled) so the keyboard user
 * moving a stage never loses focus; after a move, focus follows the stage to its new place.
 */
export function PathEditor(props: {
  id: string;
  settings: ModuleSettings;
  field: ProcessFieldInUse;
  /** The module's fields: those that may be key fields, and every API name it has. */
  keyFields: { choices: KeyFieldChoice[]; known: string[] };
  disabled: boolean;
  onEdit: (edit: ModuleEdit) => void;
}) {
  const t = useT();
  const states = wholeStates(props.settings, props.field);
  const labelOf = (value: string) => props.field.states.find((s) => s.value === value)?.label ?? value;
  const move = (value: string, by: -1 | 1, buttonId: string) => {
    props.onEdit({ kind: 'move', value, by });
    // Reordering keyed rows may move the focused row's node, and a moved node can lose focus: put it back.
    setTimeout(() => document.getElementById(buttonId)?.focus(), 0);
  };
  return (
    <fieldset class="path-editor">
      <legend class="path-editor__legend">{t('settings.path.legend')}</legend>
      <p class="hint" id={`${props.id}-path-help`}>
        {t('settings.path.help')}
      </p>
      <ol class="state-list">
        {states.map((s, i) => (
          <StateRow
            key={s.value}
            rowId={`${props.id}-state-${encodeURIComponent(s.value)}`}
            state={s}
            label={labelOf(s.value)}
            position={i}
            count={states.length}
            keyFields={props.keyFields}
            disabled={props.disabled}
            onMove={move}
            onEdit={props.onEdit}
          />
        ))}
      </ol>
    </fieldset>
  );
}

function StateRow(props: {
  rowId: string;
  state: StateSettings;
  label: string;
  position: number;
  count: number;
  keyFields: { choices: KeyFieldChoice[]; known: string[] };
  disabled: boolean;
  onMove: (value: string, by: -1 | 1, buttonId: string) => void;
  onEdit: (edit: ModuleEdit) => void;
}) {
  const t = useT();
  const { state, label, rowId } = props;
  const value = state.value;
  const first = props.position === 0;
  const last = props.position === props.count - 1;
  return (
    <li class={`state-row${state.hidden ? ' state-row--hidden' : ''}`}>
      <fieldset class="state-row__box">
        <legend class="state-row__name">
          <span class="state-row__position">{props.position + 1}.</span> <bdi>{label}</bdi>
          {state.hidden && <span class="tag">{t('settings.path.hiddenTag')}</span>}
          {state.closing && (
            <span class={`tag tag--${state.closing}`}>
              {state.closing === 'won' ? t('settings.path.closesWon') : t('settings.path.closesLost')}
            </span>
          )}
        </legend>
        <div class="state-row__controls">
          <span class="state-row__moves">
            <button
              type="button"
              id={`${rowId}-up`}
              class="button button--icon"
              aria-label={t('settings.path.moveUp', { stage: label })}
              aria-disabled={first || props.disabled}
              onClick={() => !first && !props.disabled && props.onMove(value, -1, `${rowId}-up`)}
            >
              ↑
            </button>
            <button
              type="button"
              id={`${rowId}-down`}
              class="button button--icon"
              aria-label={t('settings.path.moveDown', { stage: label })}
              aria-disabled={last || props.disabled}
              onClick={() => !last && !props.disabled && props.onMove(value, 1, `${rowId}-down`)}
            >
              ↓
            </button>
          </span>
          <label class="check">
            <input
              type="checkbox"
              checked={!state.hidden}
              disabled={props.disabled}
              onChange={(e) => props.onEdit({ kind: 'hidden', value, hidden: !e.currentTarget.checked })}
            />
            {t('settings.path.show')}
          </label>
          <label class="check" for={`${rowId}-closing`}>
            {t('settings.path.closing')}
          </label>
          <select
            id={`${rowId}-closing`}
            class="input input--narrow"
            value={state.closing ?? ''}
            disabled={props.disabled}
            onChange={(e) =>
              props.onEdit({ kind: 'closing', value, closing: (e.currentTarget.value || null) as ClosingKind | null })
            }
          >
            <option value="">{t('settings.path.closingNo')}</option>
            <option value="won">{t('settings.path.closingWon')}</option>
            <option value="lost">{t('settings.path.closingLost')}</option>
          </select>
        </div>
        <label class="item__label" for={`${rowId}-guidance`}>
          {t('settings.path.guidance')}
        </label>
        <textarea
          id={`${rowId}-guidance`}
          class="input input--area"
          rows={2}
          maxLength={MAX_GUIDANCE_LENGTH}
          value={state.guidance}
          disabled={props.disabled}
          onInput={(e) => props.onEdit({ kind: 'guidance', value, text: e.currentTarget.value })}
        />
        <ExpectedDays rowId={rowId} state={state} disabled={props.disabled} onEdit={props.onEdit} />
        <KeyFieldsPicker
          id={`${rowId}-key-fields`}
          chosen={keyFieldsOf(state)}
          choices={props.keyFields.choices}
          known={props.keyFields.known}
          disabled={props.disabled}
          onChange={(fields) => props.onEdit({ kind: 'key-fields', value, fields })}
        />
      </fieldset>
    </li>
  );
}

/**
 * The stage's expected days: whole days from 1 to MAX_EXPECTED_DAYS, or empty for Zoho's escalation period. What
 * the admin types stays as typed; a value out of range says so here, and saving refuses it (settings-write.ts).
 */
function ExpectedDays(props: {
  rowId: string;
  state: StateSettings;
  disabled: boolean;
  onEdit: (edit: ModuleEdit) => void;
}) {
  const t = useT();
  const id = `${props.rowId}-expected`;
  const days = props.state.expectedDays;
  const wrong = days !== undefined && !isExpectedDays(days);
  return (
    <div class="state-row__expected">
      <label class="item__label" for={id}>
        {t('settings.path.expectedDays')}
      </label>
      <input
        id={id}
        type="number"
        class="input input--days"
        min={1}
        max={MAX_EXPECTED_DAYS}
        step={1}
        inputMode="numeric"
        // Text the browser cannot read as a number (`1e`) is kept as typed: the state holds NaN, refused below.
        value={days === undefined ? '' : Number.isNaN(days) ? undefined : days}
        disabled={props.disabled}
        aria-describedby={`${id}-hint${wrong ? ` ${id}-error` : ''}`}
        aria-invalid={wrong}
        onInput={(e) => {
          const input = e.currentTarget;
          const text = input.value.trim();
          const days = input.validity.badInput ? NaN : text === '' ? null : Number(text);
          props.onEdit({ kind: 'expected-days', value: props.state.value, days });
        }}
      />
      <p class="hint" id={`${id}-hint`}>
        {t('settings.path.expectedDaysHint')}
      </p>
      {wrong && (
        <p class="field-error" id={`${id}-error`}>
          {t('settings.path.expectedDaysInvalid')}
        </p>
      )}
    </div>
  );
}
