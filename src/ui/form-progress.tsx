import { useMemo } from 'preact/hooks';
import type { Transition } from '../blueprint/model.ts';
import { itemKey } from '../fields/drafts.ts';
import { useT } from './i18n-context.ts';
import { useBlocking, type LiveForm } from './live-form.ts';

/** How many required items are done: re-rendered when what blocks the form changes, not on each keystroke. */
export function FormProgress(props: { live: LiveForm; transition: Transition; savedNow: boolean }) {
  const tr = useT();
  const { transition } = props;
  const blocking = useBlocking(props.live);
  const required = useMemo(
    () =>
      transition.items
        .map((i) =>
          itemKey(i) !== null && 'required' in i && i.required && !(i.kind === 'field' && i.readOnly)
            ? itemKey(i)
            : null,
        )
        .filter((key) => key !== null),
    [transition],
  );
  if (required.length === 0) return null;
  const blocked = new Set(blocking.map((b) => b.key));
  const done = required.filter((key) => !blocked.has(key)).length;
  return (
    <p class="form__progress">
      {tr('form.progress', { done, count: required.length })}
      {transition.percentPartialSave > 0 &&
        !props.savedNow &&
        ` · ${tr('form.savedEarlier', { percent: transition.percentPartialSave })}`}
    </p>
  );
}
