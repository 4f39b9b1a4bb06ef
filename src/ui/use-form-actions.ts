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
  const { handlers, prepare } = useMemo(() => {
    let made: FormHandlers | undefined;
    // Made once, as a form opens with its code in, else on the form's first call: the form shows only once its
    // code (and so formActions) is in. Made at the open, the rep's first keystroke does not wait for it.
    const actions = () =>
      (made ??= loadedTransitionForm()!.formActions({ client, drafts, latest, dispatch, saving, nextSend }));
    const handlers: FormHandlers = {
      onEdit: (key, value) => actions().onEdit(key, value),
      onTouch: (key) => dispatch({ type: 'touch', key }),
      onSubmit: (mode) => actions().onSubmit(mode),
      onCancel: () => actions().onCancel(),
      onOpenInCrm: () => actions().onOpenInCrm!(),
    };
    return { handlers, prepare: () => void actions() };
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
      if (code) prepare();
      else loadTransitionForm().catch(() => undefined);
    },
    [drafts, saving, prepare],
  );
  return { handlers, onOpen };
}
