import { describeError } from '../describe-error.ts';
import type { SaveState } from './settings-state.ts';
import { useT } from '../i18n-context.ts';

/** What the edits change, the Save and Discard buttons, and how the last save went, in plain words. */
export function SaveBar(props: { changes: string[]; save: SaveState; canSave: boolean; onSave: () => void; onDiscard: () => void }) {
  const t = useT();
  const { changes, save } = props;
  const saving = save.status === 'saving';
  const failed = save.status === 'failed' ? describeError(save.error) : null;
  return (
    <section class="save-bar" aria-labelledby="changes-title">
      <h2 id="changes-title" class="save-bar__title">
        {changes.length > 0 ? `Unsaved changes (${changes.length})` : 'No unsaved changes'}
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
          <p class="form__error-title">These settings can’t be saved yet:</p>
          <ul class="changes">
            {save.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {failed && (
        <div class="form__error" role="alert">
          <p class="form__error-title">The settings were not saved. {t(failed.title)}</p>
          {failed.fix && <p>{t(failed.fix)} Your changes are still here.</p>}
          {failed.detail && <p class="problem__detail">{failed.detail}</p>}
        </div>
      )}
      {save.status === 'unverified' && (
        <div class="form__error" role="alert">
          <p class="form__error-title">The settings were sent, but reading them back failed, so it is not sure they took.</p>
          <p>{t(describeError(save.error).title)} Reload this page to see what the CRM holds.</p>
        </div>
      )}
      <div class="form__actions">
        <button type="button" class="button button--primary" disabled={!props.canSave} onClick={props.onSave}>
          {saving ? 'Saving…' : failed ? 'Try again' : 'Save settings'}
        </button>
        <button type="button" class="button" disabled={changes.length === 0 || saving} onClick={props.onDiscard}>
          Discard changes
        </button>
      </div>
      <p class="save-bar__status" role="status">
        {save.status === 'saved' &&
          (save.matches
            ? 'Saved. The settings were read back from the CRM and are now in use.'
            : 'Saved, but the CRM holds something other than what was sent: the changes listed above did not take.')}
      </p>
    </section>
  );
}
