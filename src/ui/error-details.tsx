import { CopyButton } from './copy-button.tsx';
import type { DetailLine } from './describe-error.ts';
import { useT } from './i18n-context.ts';

/** An error's technical lines under a closed "Details" disclosure, each once, with a button that copies them. */
export function ErrorDetails(props: { lines: DetailLine[] }) {
  const t = useT();
  if (props.lines.length === 0) return null;
  const rows = props.lines.map((l) => [t(l.label), l.value] as const);
  return (
    <details class="problem__details">
      <summary>{t('details.summary')}</summary>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd lang="en">{value}</dd>
          </div>
        ))}
      </dl>
      <CopyButton label={t('details.copy')} text={() => rows.map(([label, value]) => `${label}: ${value}`).join('\n')} />
    </details>
  );
}
