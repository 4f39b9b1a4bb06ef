import { useState } from 'preact/hooks';
import { useT } from './i18n-context.ts';

const PIECES = 28;

/** Where piece `i` starts across the popup (% of its width) and how far it drifts sideways as it falls (px). */
const place = (i: number) => ({ '--i': i, '--x': (i * 37) % 100, '--d': ((i % 7) - 3) * 9 });

/**
 * A short fall of confetti over the popup when a record reaches a won stage, drawn with CSS (no motion for a rep who asked the
 * system for less), with a switch to turn celebrations off for good (kept in this browser).
 */
export function Celebration(props: { preference: { enabled(): boolean; set(on: boolean): void } }) {
  const t = useT();
  const [on, setOn] = useState(props.preference.enabled());
  return (
    <div class="celebration">
      {on && (
        <div class="celebration__burst" aria-hidden="true">
          {Array.from({ length: PIECES }, (_, i) => (
            <span key={i} class="celebration__piece" style={place(i) as Record<string, number>} />
          ))}
        </div>
      )}
      <label class="celebration__switch">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            props.preference.set(next);
            setOn(next);
          }}
        />
        {t('celebration.toggle')}
      </label>
    </div>
  );
}
