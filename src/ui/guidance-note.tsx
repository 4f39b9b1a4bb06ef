import { useMemo } from 'preact/hooks';
import { splitGuidance } from '../settings/guidance-text.ts';
import { useT } from './i18n-context.ts';

/**
 * The admin's guidance for the current stage, as text: line breaks kept by CSS, http(s) addresses made into
 * links that open outside the CRM. Built from parts, never from HTML, so the admin's text cannot inject markup.
 */
export function GuidanceNote(props: { state: string; text: string }) {
  const t = useT();
  // Split once per text, not on every render of the stepper.
  const parts = useMemo(() => splitGuidance(props.text), [props.text]);
  return (
    <aside class="guidance" aria-labelledby="guidance-title">
      <h2 id="guidance-title" class="guidance__title">
        {t('guidance.title', { stage: props.state })}
      </h2>
      <p class="guidance__text">
        {parts.map((part, i) =>
          part.kind === 'link' ? (
            <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
              {part.text}
            </a>
          ) : (
            part.text
          ),
        )}
      </p>
    </aside>
  );
}
