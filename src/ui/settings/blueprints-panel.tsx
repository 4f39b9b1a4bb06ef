import { BLUEPRINT_CONNECTION } from '../../crm/blueprint-reader.ts';
import type { SettingsDoc } from '../../settings/settings-schema.ts';
import { describeError } from '../describe-error.ts';
import { ErrorDetails } from '../error-details.tsx';
import { useT } from '../i18n-context.ts';
import type { BlueprintsState } from './settings-state.ts';

/**
 * The blueprints' definitions: what reading them adds, how to create the CRM connection that reads them (its
 * name and scope), and, for an administrator, the button that reads them into the settings (README, "Blueprint
 * definitions"). Without the connection everything works as before; the page says so.
 */
export function BlueprintsPanel(props: {
  state: BlueprintsState;
  draft: SettingsDoc;
  /** Null: the reader is not offered (not an administrator, or the page's boot has none). */
  onRead: (() => void) | null;
  disabled: boolean;
}) {
  const t = useT();
  const { state } = props;
  const kept = Object.entries(props.draft.modules).flatMap(([module, m]) =>
    Object.values(m.processes ?? {})
      .filter((p) => p.def)
      .map((p) => ({ module, name: p.name })),
  );
  return (
    <section class="blueprints" aria-labelledby="blueprints-title">
      <h2 id="blueprints-title" class="module__title">
        {t('settings.blueprints.title')}
      </h2>
      <p class="hint">{t('settings.blueprints.adds')}</p>
      {kept.length > 0 ? (
        <p class="hint">
          {t('settings.blueprints.kept')}{' '}
          {kept.map((k, i) => (
            <span key={`${k.module}-${i}`}>
              {i > 0 && ' · '}
              <bdi>{k.name}</bdi> (<bdi>{k.module}</bdi>)
            </span>
          ))}
        </p>
      ) : (
        <p class="hint">{t('settings.blueprints.noneKept')}</p>
      )}
      <details class="blueprints__how">
        <summary>{t('settings.blueprints.howTitle')}</summary>
        <ol class="blueprints__steps">
          <li>{t('settings.blueprints.step1')}</li>
          <li>{t('settings.blueprints.step2')}</li>
          <li>
            {t('settings.blueprints.step3')} <code>{BLUEPRINT_CONNECTION.name}</code>
          </li>
          <li>
            {t('settings.blueprints.step4')} <code>{BLUEPRINT_CONNECTION.scope}</code>
          </li>
          <li>{t('settings.blueprints.step5')}</li>
          <li>{t('settings.blueprints.step6')}</li>
        </ol>
        <p class="hint">{t('settings.blueprints.why')}</p>
      </details>
      {props.onRead && (
        <p>
          <button
            type="button"
            class="button"
            disabled={props.disabled || state.status === 'reading'}
            onClick={props.onRead}
          >
            {t('settings.blueprints.read')}
          </button>
        </p>
      )}
      <div role="status">
        {state.status === 'reading' && <p class="hint">{t('settings.blueprints.reading')}</p>}
        {state.status === 'read' && (
          <p class="hint">
            {t('settings.blueprints.readDone', { total: state.count })}
            {state.leftOut.length > 0 && ` ${t('settings.blueprints.leftOut', { names: state.leftOut.join(', ') })}`}
            {state.unreadable.length > 0 &&
              ` ${t('settings.blueprints.unreadable', { names: state.unreadable.join(', ') })}`}
          </p>
        )}
      </div>
      {state.status === 'failed' && <ReadFailed error={state.error} />}
    </section>
  );
}

function ReadFailed(props: { error: Parameters<typeof describeError>[0] }) {
  const t = useT();
  const text = describeError(props.error);
  return (
    <div class="form__error" role="alert">
      <p class="form__error-title">{t('settings.blueprints.failed', { name: BLUEPRINT_CONNECTION.name })}</p>
      <p>{t('settings.blueprints.failedStill')}</p>
      <ErrorDetails lines={text.details} />
    </div>
  );
}
