import { inputAttributes, type EditorProps } from './editor-contract.ts';

/** Integer, bigint, decimal, currency (with the org's symbol) and percent: the text as typed, in the user's locale. */
export function NumberEditor(props: EditorProps) {
  const { field, ctx } = props;
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
        value={typeof props.value === 'string' ? props.value : ''}
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
