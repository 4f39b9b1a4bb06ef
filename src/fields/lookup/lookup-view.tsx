import type { FieldItem } from '../../blueprint/model.ts';
import type { LookupChoice } from '../contract.ts';
import type { EditorProps, KindView } from '../view-contract.ts';
import { SearchBox } from './search-box.tsx';

/** A lookup to a record or a user: search as you type, pick with the mouse or the arrow keys and Enter. */
function LookupEditor(props: EditorProps<FieldItem, LookupChoice | null>) {
  const chosen = props.value;
  return (
    <SearchBox
      props={props}
      initialQuery={chosen?.name ?? ''}
      onPick={(c) => props.onChange(c)}
      onTyped={() => chosen && props.onChange(null)}
      keepQueryOnPick
    />
  );
}

export const view: KindView<FieldItem, LookupChoice | null> = {
  Editor: LookupEditor,
  shown: (_field, value) => value?.name ?? '',
};
