import { useCallback, useRef, useState } from 'preact/hooks';
import type { LookupChoice } from '../../blueprint/draft.ts';
import type { EditorProps } from './editor-contract.ts';
import { useSearch } from './use-search.ts';
import { useT } from '../i18n-context.ts';

const USER_TYPES = new Set(['ownerlookup', 'userlookup', 'multiuserlookup']);

/** A lookup to a record or a user: search as you type, pick with the mouse or the arrow keys and Enter. */
export function LookupEditor(props: EditorProps) {
  const chosen = props.value && typeof props.value === 'object' && 'id' in props.value ? (props.value as LookupChoice) : null;
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

/** A multi-select lookup (records or users): chosen ones as removable chips, plus a search box to add more. */
export function MultiLookupEditor(props: EditorProps) {
  const t = useT();
  const chosen = Array.isArray(props.value) ? (props.value as LookupChoice[]) : [];
  return (
    <div class="multi">
      {chosen.length > 0 && (
        <ul class="chips" aria-label={t('lookup.chosen', { label: props.field.label })}>
          {chosen.map((c) => (
            <li key={c.id} class="chip">
              {c.name}
              <button type="button" class="chip__remove" aria-label={t('action.remove', { name: c.name })} disabled={props.disabled} onClick={() => props.onChange(chosen.filter((x) => x.id !== c.id))}>
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

function SearchBox(p: {
  props: EditorProps;
  initialQuery: string;
  exclude?: LookupChoice[];
  keepQueryOnPick?: boolean;
  onPick: (c: LookupChoice) => void;
  onTyped?: () => void;
}) {
  const { props } = p;
  const t = useT();
  const { field, services } = props;
  const [query, setQuery] = useState(p.initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const picked = useRef(false);
  const isUsers = USER_TYPES.has(field.type);
  const module = field.lookupModule ?? 'Contacts';
  const search = useCallback(
    (q: string, signal: AbortSignal) => (isUsers ? services.searchUsers(q, signal) : services.searchRecords(module, q, signal)),
    [isUsers, services, module],
  );
  const { status, results: found } = useSearch(query, open, search);
  const results = found.filter((r) => !p.exclude?.some((e) => e.id === r.id));
  const listId = `${props.inputId}-options`;
  const pick = (c: LookupChoice) => {
    picked.current = true;
    p.onPick(c);
    setQuery(p.keepQueryOnPick ? c.name : '');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length === 0 ? 0 : (i + step + results.length) % results.length));
    } else if (e.key === 'Enter' && open && results[active]) {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const statusText =
    !open || query.trim().length < 2
      ? ''
      : status === 'searching'
        ? t('lookup.searching')
        : status === 'failed'
          ? t('lookup.failed')
          : t('lookup.results', { count: results.length });
  return (
    <div class="lookup">
      <input
        id={props.inputId}
        class="input"
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder={isUsers ? t('lookup.searchUsers') : t('lookup.searchModule', { module })}
        aria-autocomplete="list"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        disabled={props.disabled}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setOpen(true);
          p.onTyped?.();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // Let a click on an option land before the list closes.
          setTimeout(() => setOpen(false), 150);
          props.onBlur();
        }}
      />
      {open && results.length > 0 && (
        <ul class="lookup__options" id={listId} role="listbox" aria-label={t('lookup.options', { label: field.label })}>
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={`lookup__option${i === active ? ' lookup__option--active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
            >
              {r.name}
            </li>
          ))}
        </ul>
      )}
      <span class="visually-hidden" role="status">
        {statusText}
      </span>
    </div>
  );
}
