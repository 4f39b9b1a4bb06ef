import type { FieldItem, MessageItem, UnknownItem, WidgetItem } from '../blueprint/model.ts';

/**
 * A field the rep cannot edit here (read-only, computed, or of a type the widget does not know), shown with its
 * current value; never dropped. A type the widget does not know says where it can be edited.
 */
export function ReadOnlyField(props: { field: FieldItem; value: unknown }) {
  const { field } = props;
  const computed = field.type === 'formula' || field.type === 'autonumber';
  return (
    <div class="item item--readonly">
      <span class="item__label">
        {field.label}
        {field.required && !field.readOnly && <RequiredMark />}
      </span>
      <span class="item__value">{displayValue(props.value)}</span>
      {computed && <span class="item__note">Calculated by the CRM.</span>}
      {!computed && !field.readOnly && (
        <span class="item__note">This widget can't edit {field.rawType} fields; the CRM's own blueprint screen can.</span>
      )}
    </div>
  );
}

/** Guidance, a nested widget, or an item the widget does not know. */
export function InfoItem(props: { item: MessageItem | WidgetItem | UnknownItem }) {
  const { item } = props;
  switch (item.kind) {
    case 'message':
      return <p class="item item--message">{item.content}</p>;
    case 'widget':
      return (
        <p class="item item--note">
          {item.name ? `The widget “${item.name}”` : 'A widget'} in this transition is completed in the CRM's own blueprint screen.
          {item.required && <RequiredMark />}
        </p>
      );
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
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(displayValue).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.id === 'string') return o.id;
  }
  return '—';
}
