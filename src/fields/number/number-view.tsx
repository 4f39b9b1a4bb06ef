import type { FieldItem } from '../../blueprint/model.ts';
import type { FormContext } from '../contract.ts';
import { inputAttributes, type EditorProps, type KindView } from '../view-contract.ts';
import { parseNumberText } from './number-text.ts';

/** Integer, bigint, decimal, currency (with the org's symbol) and percent: the text as typed, in the user's locale. */
function NumberEditor(props: EditorProps<FieldItem, string>) {
  const { item: field, ctx } = props;
  const whole = field.type === 'integer' || field.type === 'bigint';
  const prefix = field.type === 'currency' ? ctx.currencySymbol : '';
  const suffix = field.type === 'percent' ? '%' : '';
  return (
    <span class="affix">
      {prefix && (
        <span class="affix__text" aria-hidden="true">
          {prefix}
        </span>
      )}
      <input
        {...inputAttributes(props)}
        class="input input--number"
        type="text"
        inputMode={whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={props.value}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
      {suffix && (
        <span class="affix__text" aria-hidden="true">
          {suffix}
        </span>
      )}
    </span>
  );
}

/** A number in JavaScript's notation (as a draft from an older version may hold it). */
const SENT_NUMBER = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;

/** A number (its starting value is in the user's notation, number-value.ts), shown in their locale and the org's currency. */
function shown(field: FieldItem, value: string, ctx: FormContext): string {
  const parsed = parseNumberText(value, ctx.formats.locale);
  // A long integer is shown from its digits, every one of them past 2^53 too (issue 21).
  const n =
    parsed && field.type === 'bigint'
      ? BigInt(`${parsed.value < 0 ? '-' : ''}${parsed.integerDigits}`)
      : (parsed?.value ?? (SENT_NUMBER.test(value) ? Number(value) : null));
  if (n === null) return value;
  if (field.type === 'currency') {
    const places = field.decimalPlaces ?? 2;
    return `${ctx.currencySymbol}${new Intl.NumberFormat(ctx.formats.locale, { minimumFractionDigits: places, maximumFractionDigits: places }).format(n)}`;
  }
  const number = new Intl.NumberFormat(ctx.formats.locale, { maximumFractionDigits: field.decimalPlaces ?? 20 }).format(
    n,
  );
  return field.type === 'percent' ? `${number}%` : number;
}

export const view: KindView<FieldItem, string> = { Editor: NumberEditor, shown };
