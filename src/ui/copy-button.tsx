import { useState } from 'preact/hooks';
import { copyText } from './copy-text.ts';
import { useT } from './i18n-context.ts';

/**
 * A button that copies text (made when clicked) and says "Copied"; when the browser lets nothing copy, it shows
 * the text in a selected read-only box instead, for the user to copy by hand.
 */
export function CopyButton(props: { label: string; text: () => string | Promise<string> }) {
  const t = useT();
  const [state, setState] = useState<{ copied: boolean; manual: string | null }>({ copied: false, manual: null });
  const onClick = async () => {
    const text = await props.text();
    const copied = await copyText(text);
    setState({ copied, manual: copied ? null : text });
  };
  return (
    <div class="copy">
      <button type="button" class="button button--quiet" onClick={() => void onClick()}>
        {props.label}
      </button>
      <span role="status">{state.copied ? t('copy.done') : ''}</span>
      {state.manual !== null && (
        <textarea class="copy__manual" readOnly aria-label={t('copy.manual')} value={state.manual} ref={(el) => el?.select()} />
      )}
    </div>
  );
}
