import type { FieldItem } from '../../blueprint/model.ts';
import { useT } from '../../ui/i18n-context.ts';
import type { LookupChoice } from '../contract.ts';
import { SearchBox } from '../lookup/search-box.tsx';
import type { EditorProps, KindView } from '../view-contract.ts';

/** A multi-select lookup (records or users): chosen ones as removable chips, plus a search box to add more. */
function MultiLookupEditor(props: EditorProps<FieldItem, LookupChoice[]>) {
  const tr = useT();
  const chosen = props.value;
  return (
    <div class="multi">
      {chosen.length > 0 && (
        <ul class="chips" aria-label={tr('lookup.chosen', { label: props.item.label })}>
          {chosen.map((c) => (
            <li key={c.id} class="chip">
              {c.name}
              <button
                type="button"
                class="chip__remove"
                aria-label={tr('action.remove', { name: c.name })}
                disabled={props.disabled}
                onClick={() => props.onChange(chosen.filter((x) => x.id !== c.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <SearchBox props={props} initialQuery="" exclude={chosen} onPick={(c) => props.onChange([...chosen, c])} />
    </div>
  );
}

/** Names of chosen records, users or files, for a read-only field. */
export function names(value: LookupChoice[]): string {
  return value.map((c) => c.name).join(', ');
}

export const view: KindView<FieldItem, LookupChoice[]> = {
  Editor: MultiLookupEditor,
  shown: (_field, value) => names(value),
};
