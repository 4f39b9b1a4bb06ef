import { useState } from 'preact/hooks';
import { useT } from './i18n-context.ts';

/**
 * A button that copies text (made when clicked) with the Clipboard API and says "Copied". Where the frame may
 * not write the clipboard (Zoho's widget frame may lack `clipboard-write`), it shows the text in a read-only box,
 * selected, for the user to copy with the keyboard or the context menu.
 */
export function CopyButton(props: { label: string; text: () => string }) {
  const t = useT();
  // null: not clicked; true: copied; a string: the text, for copying by hand.
  const [state, setState] = useState<true | string | null>(null);
  const onClick = async () => {
    const text = props.text();
    try {
      await navigator.clipboard.writeText(text);
      setState(true);
    } catch {
      setState(text);
    }
  };
  return (
    <>
      <button type="button" class="button button--quiet" onClick={() => void onClick()}>
        {props.label}
      </button>
      <span role="status">{state === true ? t('copy.done') : ''}</span>
      {typeof state === 'string' && (
        <textarea rows={6} readOnly aria-label={t('copy.manual')} value={state} ref={(el) => el?.select()} />
      )}
    </>
  );
}
