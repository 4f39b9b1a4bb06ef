import type { Message } from '../../i18n/message.ts';
import { describeError } from '../describe-error.ts';
import { ErrorDetails } from '../error-details.tsx';
import type { SaveState } from './settings-state.ts';
import { useT } from '../i18n-context.ts';

/** What the edits change, the Save and Discard buttons, and how the last save went, in plain words. */
export function SaveBar(props: {
  changes: Message[];
  save: SaveState;
  canSave: boolean;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const { save } = props;
  const changes = props.changes.map((line) => t(line));
  const saving = save.status === 'saving';
  const failed = save.status === 'failed' ? describeError(save.error) : null;
  return (
    <section class="save-bar" aria-labelledby="changes-title">
      <h2 id="changes-title" class="save-bar__title">
        {changes.length > 0 ? t('settings.save.unsaved', { count: changes.length }) : t('settings.save.noChanges')}
      </h2>
      {changes.length > 0 && (
        <ul class="changes">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {save.status === 'invalid' && (
        <div class="form__error" role="alert">
          <p class="form__error-title">{t('settings.save.invalid')}</p>
          {save.broken.length > 0 && (
            <ul class="changes">
              {save.broken
                .map((m) => t(m))
                .map((line) => (
                  <li key={line}>{line}</li>
                ))}
            </ul>
          )}
          {save.problems.length > 0 && (
            <>
              <p>{t('settings.save.schemaProblems')}</p>
              {/* The schema's own diagnostics (JSON paths): technical detail, like a CRM error code, left in English. */}
              <ul class="changes technical-detail" lang="en">
                {save.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {failed && (
        <div class="form__error" role="alert">
          <p class="form__error-title">
            {t('settings.save.failed')} {t(failed.title)}
          </p>
          {failed.fix && (
            <p>
              {t(failed.fix)} {t('settings.save.changesKept')}
            </p>
          )}
          <ErrorDetails lines={failed.details} />
        </div>
      )}
      {save.status === 'unverified' && (
        <div class="form__error" role="alert">
          <p class="form__error-title">{t('settings.save.unverified')}</p>
          <p>
            {t(describeError(save.error).title)} {t('settings.save.unverifiedFix')}
          </p>
        </div>
      )}
      <div class="form__actions">
        <button type="button" class="button button--primary" disabled={!props.canSave} onClick={props.onSave}>
          {saving ? t('settings.save.saving') : failed ? t('action.tryAgain') : t('settings.save.button')}
        </button>
        <button type="button" class="button" disabled={changes.length === 0 || saving} onClick={props.onDiscard}>
          {t('settings.save.discard')}
        </button>
      </div>
      <p class="save-bar__status" role="status">
        {save.status === 'saved' && (save.matches ? t('settings.save.saved') : t('settings.save.savedDiffers'))}
      </p>
    </section>
  );
}
