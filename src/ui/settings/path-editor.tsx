import { wholeStates, type ModuleEdit, type ProcessFieldInUse } from '../../settings/module-edits.ts';
import { MAX_GUIDANCE_LENGTH, type ClosingKind, type ModuleSettings, type StateSettings } from '../../settings/settings-schema.ts';

/**
 * The path's stages in the admin's order, each with up/down buttons, whether it shows, whether it closes the
 * process, and guidance for reps. Up/down stay focusable at the ends (aria-disabled) so the keyboard user
 * moving a stage never loses focus; after a move, focus follows the stage to its new place.
 */
export function PathEditor(props: { id: string; settings: ModuleSettings; field: ProcessFieldInUse; disabled: boolean; onEdit: (edit: ModuleEdit) => void }) {
  const states = wholeStates(props.settings, props.field);
  const labelOf = (value: string) => props.field.states.find((s) => s.value === value)?.label ?? value;
  const move = (value: string, by: -1 | 1, buttonId: string) => {
    props.onEdit({ kind: 'move', value, by });
    // Reordering keyed rows may move the focused row's node, and a moved node can lose focus: put it back.
    setTimeout(() => document.getElementById(buttonId)?.focus(), 0);
  };
  return (
    <fieldset class="path-editor">
      <legend class="path-editor__legend">Path</legend>
      <p class="hint" id={`${props.id}-path-help`}>
        Order the stages as reps should see them, hide the ones they don’t need, and mark the closing stages: those show apart at the end. A hidden
        stage still shows while a record is in it. Guidance is plain text shown beside the current stage; line breaks and http(s) links are kept.
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
  disabled: boolean;
  onMove: (value: string, by: -1 | 1, buttonId: string) => void;
  onEdit: (edit: ModuleEdit) => void;
}) {
  const { state, label, rowId } = props;
  const value = state.value;
  const first = props.position === 0;
  const last = props.position === props.count - 1;
  return (
    <li class={`state-row${state.hidden ? ' state-row--hidden' : ''}`}>
      <fieldset class="state-row__box">
        <legend class="state-row__name">
          <span class="state-row__position">{props.position + 1}.</span> {label}
          {state.hidden && <span class="tag">hidden</span>}
          {state.closing && <span class={`tag tag--${state.closing}`}>closes: {state.closing}</span>}
        </legend>
        <div class="state-row__controls">
          <span class="state-row__moves">
            <button
              type="button"
              id={`${rowId}-up`}
              class="button button--icon"
              aria-label={`Move “${label}” up`}
              aria-disabled={first || props.disabled}
              onClick={() => !first && !props.disabled && props.onMove(value, -1, `${rowId}-up`)}
            >
              ↑
            </button>
            <button
              type="button"
              id={`${rowId}-down`}
              class="button button--icon"
              aria-label={`Move “${label}” down`}
              aria-disabled={last || props.disabled}
              onClick={() => !last && !props.disabled && props.onMove(value, 1, `${rowId}-down`)}
            >
              ↓
            </button>
          </span>
          <label class="check">
            <input type="checkbox" checked={!state.hidden} disabled={props.disabled} onChange={(e) => props.onEdit({ kind: 'hidden', value, hidden: !e.currentTarget.checked })} />
            Show on the path
          </label>
          <label class="check" for={`${rowId}-closing`}>
            Closing stage
          </label>
          <select
            id={`${rowId}-closing`}
            class="input input--narrow"
            value={state.closing ?? ''}
            disabled={props.disabled}
            onChange={(e) => props.onEdit({ kind: 'closing', value, closing: (e.currentTarget.value || null) as ClosingKind | null })}
          >
            <option value="">no</option>
            <option value="won">yes, won</option>
            <option value="lost">yes, lost</option>
          </select>
        </div>
        <label class="item__label" for={`${rowId}-guidance`}>
          Guidance for reps at this stage
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
      </fieldset>
    </li>
  );
}
