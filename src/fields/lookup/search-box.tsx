import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FieldItem } from '../../blueprint/model.ts';
import { useT } from '../../ui/i18n-context.ts';
import type { DraftValue, LookupChoice } from '../contract.ts';
import type { EditorProps } from '../view-contract.ts';
import { useSearch } from './use-search.ts';

const USER_TYPES = new Set(['ownerlookup', 'userlookup', 'multiuserlookup']);

/** The search box of lookup editors: results as a listbox, arrow keys and Enter to pick, stale searches aborted. */
export function SearchBox<V extends DraftValue>(p: {
  props: EditorProps<FieldItem, V>;
  initialQuery: string;
  exclude?: LookupChoice[];
  keepQueryOnPick?: boolean;
  onPick: (c: LookupChoice) => void;
  onTyped?: () => void;
}) {
  const { props } = p;
  const tr = useT();
  const { item: field, services } = props;
  const [query, setQuery] = useState(p.initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const picked = useRef(false);
  const isUsers = USER_TYPES.has(field.type);
  // The decoder makes a lookup with no module read-only ("edit in the CRM"), so this is never a guess.
  const module = field.lookupModule ?? '';
  const search = useCallback(
    (q: string, signal: AbortSignal) =>
      isUsers ? services.searchUsers(q, signal) : services.searchRecords(module, q, signal),
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
  const asked = open && query.trim().length >= 2;
  const noMatch =
    asked && status === 'done' && results.length === 0 ? tr('lookup.noMatch', { query: query.trim() }) : '';
  const statusText = !asked
    ? ''
    : status === 'searching'
      ? tr('lookup.searching')
      : status === 'failed'
        ? tr('lookup.failed')
        : noMatch || tr('lookup.results', { count: results.length });
  // What hangs below the field (the matches, or "no match") stays in the popup's view: above the field when the
  // field is low and there is room there, else scrolled into view.
  const box = useRef<HTMLDivElement>(null);
  const hanging = open && (results.length > 0 || noMatch !== '');
  const [up, setUp] = useState(false);
  useLayoutEffect(() => {
    const below = box.current?.querySelector<HTMLElement>('.lookup__options:not(.visually-hidden)');
    if (!hanging || !below || !box.current) return setUp(false);
    const field = box.current.getBoundingClientRect();
    const height = below.getBoundingClientRect().height;
    const fitsBelow = field.bottom + height + 4 <= window.innerHeight;
    const next = !fitsBelow && field.top - height - 4 >= 0;
    setUp(next);
    if (!fitsBelow && !next) below.scrollIntoView({ block: 'nearest' });
  }, [hanging, results.length, noMatch]);
  return (
    <div class={up ? 'lookup lookup--up' : 'lookup'} ref={box}>
      <input
        id={props.inputId}
        class="input"
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder={isUsers ? tr('lookup.searchUsers') : tr('lookup.searchModule', { module })}
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
        <ul
          class="lookup__options"
          id={listId}
          role="listbox"
          aria-label={tr('lookup.options', { label: field.label })}
        >
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
      {/* Heard as the search goes; seen where the matches would be when there are none. */}
      <span class={noMatch ? 'lookup__options lookup__none' : 'visually-hidden'} role="status">
        {statusText}
      </span>
    </div>
  );
}
