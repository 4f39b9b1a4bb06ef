import type { FieldItem, FormItem } from '../blueprint/model.ts';

/** A field the widget cannot edit yet, shown with its current value and where to edit it: never dropped. */
export function UnsupportedField(props: { field: FieldItem; value: unknown }) {
  const { field } = props;
  return (
    <div class="item item--readonly">
      <span class="item__label">
        {field.label}
        {field.required && <RequiredMark />}
      </span>
      <span class="item__value">{displayValue(props.value)}</span>
      {!field.readOnly && (
        <span class="item__note">
          This widget can't edit {field.rawType} fields yet; the CRM's own blueprint screen can.
        </span>
      )}
    </div>
  );
}

/** A transition item other than a field: guidance, a nested widget, or something the widget does not know. */
export function SpecialItem(props: { item: Exclude<FormItem, FieldItem> }) {
  const { item } = props;
  switch (item.kind) {
    case 'message':
      return <p class="item item--message">{item.content}</p>;
    case 'widget':
      return (
        <p class="item item--note">
          {item.name ? `The widget “${item.name}”` : 'A widget'} in this transition is completed in the CRM's own blueprint
          screen.
        </p>
      );
    case 'notes':
      return <p class="item item--note">Notes for this transition are added in the CRM's own blueprint screen.{item.required && <RequiredMark />}</p>;
    case 'checklist':
      return (
        <p class="item item--note">
          The checklist “{item.label}” is ticked in the CRM's own blueprint screen.{item.required && <RequiredMark />}
        </p>
      );
    case 'attachments':
      return <p class="item item--note">Attachments are added in the CRM's own blueprint screen.{item.required && <RequiredMark />}</p>;
    case 'unknown':
      return (
        <p class="item item--note">
          “{item.label}” ({item.rawType}) is completed in the CRM's own blueprint screen.{item.required && <RequiredMark />}
        </p>
      );
  }
}

/** The required marker: a star for the eye, a word for screen readers. */
export function RequiredMark() {
  return (
    <>
      <span class="required" aria-hidden="true">
        {' '}
        *
      </span>
      <span class="visually-hidden"> (required)</span>
    </>
  );
}

function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(displayValue).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.id === 'string') return o.id;
  }
  return '—';
}
