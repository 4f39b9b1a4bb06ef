import { Fragment } from 'preact';
import { addStyle } from './add-style.ts';
import type { DetailLine } from './describe-error.ts';
import css from './error-details.css?inline';
import { useT } from './i18n-context.ts';

// Carried as text: the panels that show Details load after the first screen (src/ui/add-style.ts).
addStyle(css);

/**
 * An error's technical lines under a closed "Details" disclosure, each once, as plain text the rep can select and
 * copy into a ticket (administrators also get "Copy diagnostics" beside it, which holds the same codes).
 */
export function ErrorDetails(props: { lines: DetailLine[] }) {
  const t = useT();
  if (props.lines.length === 0) return null;
  return (
    <details class="problem__details">
      <summary>{t('details.summary')}</summary>
      {/* Each value isolated: a CRM message in English keeps its order inside a right-to-left page. */}
      <p>
        {props.lines.map((l, i) => (
          <Fragment key={i}>
            {i > 0 && '\n'}
            {t(l.label)}: <bdi>{l.value}</bdi>
          </Fragment>
        ))}
      </p>
    </details>
  );
}
