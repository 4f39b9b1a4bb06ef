import { formatUserDate, formatUserDateTime } from '../blueprint/date-format.ts';
import type { FormContext } from '../blueprint/draft.ts';
import type { FieldItem, MessageItem, UnknownItem, WidgetItem } from '../blueprint/model.ts';
import { useT } from './i18n-context.ts';
import type { Translate } from '../i18n/translate.ts';

/**
 * A field the rep cannot edit here (read-only, computed, or of a type the widget does not know), shown with its
 * current value; never dropped. A type the widget does not know says where it can be edited.
 */
export function ReadOnlyField(props: { field: FieldItem; value: unknown; ctx: FormContext }) {
  const t = useT();
  const { field } = props;
  const computed = field.type === 'formula' || field.type === 'autonumber';
  return (
    <div class="item item--readonly">
      <span class="item__label">
        {field.label}
        {field.required && !field.readOnly && <RequiredMark />}
      </span>
      <span class="item__value">{fieldValue(field, props.value, props.ctx) ?? displayValue(props.value, t)}</span>
      {computed && <span class="item__note">{t('form.computed')}</span>}
      {!computed && !field.readOnly && <span class="item__note">{t('form.unsupported', { type: field.rawType })}</span>}
    </div>
  );
}

/** Guidance, a nested widget, or an item the widget does not know. */
export function InfoItem(props: { item: MessageItem | WidgetItem | UnknownItem }) {
  const t = useT();
  const { item } = props;
  switch (item.kind) {
    case 'message':
      return <p class="item item--message">{item.content}</p>;
    case 'widget':
      return (
        <p class="item item--note">
          {item.name ? t('form.widgetNamed', { name: item.name }) : t('form.widget')}
          {item.required && <RequiredMark />}
        </p>
      );
    case 'unknown':
      return (
        <p class="item item--note">
          {t('form.unknownItem', { label: item.label, type: item.rawType })}
          {item.required && <RequiredMark />}
        </p>
      );
  }
}

/** The required marker: a star for the eye, a word for screen readers. */
export function RequiredMark() {
  const t = useT();
  return (
    <>
      <span class="required" aria-hidden="true">
        {' '}
        *
      </span>
      <span class="visually-hidden"> ({t('form.required')})</span>
    </>
  );
}

/** Dates, times and numbers as the user reads them (their format, zone and locale; the org's currency). */
function fieldValue(field: FieldItem, value: unknown, ctx: FormContext): string | null {
  if (typeof value === 'string' && field.type === 'date') return formatUserDate(value, ctx.formats);
  if (typeof value === 'string' && field.type === 'datetime') return formatUserDateTime(value, ctx.formats);
  if (typeof value !== 'number') return null;
  if (field.type === 'currency') {
    const places = field.decimalPlaces ?? 2;
    return `${ctx.currencySymbol}${new Intl.NumberFormat(ctx.formats.locale, { minimumFractionDigits: places, maximumFractionDigits: places }).format(value)}`;
  }
  const number = new Intl.NumberFormat(ctx.formats.locale, { maximumFractionDigits: field.decimalPlaces ?? 20 }).format(value);
  if (field.type === 'percent') return `${number}%`;
  return number;
}

function displayValue(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return t(value ? 'form.yes' : 'form.no');
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => displayValue(v, t)).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.id === 'string') return o.id;
  }
  return '—';
}
