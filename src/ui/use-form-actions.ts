import { useCallback, useMemo } from 'preact/hooks';
import type { CrmClient } from '../crm/crm-client.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { FormHandlers } from './transition-form.tsx';
import { loadedTransitionForm, loadTransitionForm } from './lazy-transition-form.tsx';
import { useLatestSignal } from './use-abort-signals.ts';
import type { DraftSaving } from './throttled-saving.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/**
 * What the rep can do with transition forms: open one (with the draft kept for it), and, in it, edit, leave a
 * field, cancel, send (form-actions.ts, loaded with the form's code: only a form, which waits for that code,
 * calls them). Stable callbacks, so unchanged rows skip re-rendering.
 */
export function useFormActions(
  client: CrmClient,
  drafts: DraftStore,
  latest: { current: WidgetState },
  dispatch: (action: Action) => void,
  saving: DraftSaving,
) {
  const nextSend = useLatestSignal();
  const handlers = useMemo<FormHandlers>(() => {
    let made: FormHandlers | undefined;
    // Made once, on the form's first call: the form shows only once its code (and so formActions) is in.
    const actions = () =>
      (made ??= loadedTransitionForm()!.formActions({ client, drafts, latest, dispatch, saving, nextSend }));
    return {
      onEdit: (key, value) => actions().onEdit(key, value),
      onTouch: (key) => dispatch({ type: 'touch', key }),
      onSubmit: (mode) => actions().onSubmit(mode),
      onCancel: () => actions().onCancel(),
      onOpenInCrm: () => actions().onOpenInCrm!(),
    };
  }, [client, drafts, nextSend, saving]);
  const onOpen = useCallback(
    (id: string) => {
      const record = currentRecord(latest.current);
      // The form open until now keeps what was typed in it.
      saving.flush();
      const restored = record ? drafts.load(record, id) : null;
      // With the form's code in, the form opens with its values; otherwise it waits for the code (app.tsx).
      const code = loadedTransitionForm();
      dispatch({
        type: 'open-form',
        transitionId: id,
        ...(restored ? { restored } : {}),
        ...(code ? { initialDrafts: code.withStartingValues } : {}),
      });
      if (!code) loadTransitionForm().catch(() => undefined);
    },
    [drafts, saving],
  );
  return { handlers, onOpen };
}
