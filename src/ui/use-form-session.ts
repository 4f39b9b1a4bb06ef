import { useCallback, useLayoutEffect, useMemo } from 'preact/hooks';
import type { CrmClient } from '../crm/crm-client.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { loadTransitionForm, useFormChunk } from './lazy-transition-form.tsx';
import { useLatestSignal } from './use-abort-signals.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/**
 * The App's transition forms: opening one (with the drafts kept for it), and, once the form's code is in, the
 * form's session (form-session.ts: edit, send, cancel, the values kept in the draft store) with its handlers.
 */
export function useFormSession(
  client: CrmClient,
  drafts: DraftStore,
  latest: { current: WidgetState },
  dispatch: (action: Action) => void,
) {
  const chunk = useFormChunk();
  const nextSend = useLatestSignal();
  const session = useMemo(
    () => chunk?.formSession({ client, drafts, latest, dispatch, nextSend }) ?? null,
    [chunk, client, drafts, latest, dispatch, nextSend],
  );
  // A layout effect: its stop runs as the widget unmounts (a passive one's waits for a later frame), so what
  // waits is saved before anything else can read the store.
  useLayoutEffect(() => session?.start(), [session]);
  // From the commit that shows the form: it gets its values, or the values a restored visit brought are kept
  // (a layout effect: a Cancel right after cannot come before it).
  const form = latest.current.form;
  useLayoutEffect(() => session?.shown(form), [session, form]);
  const onOpen = useCallback(
    (id: string) => {
      const record = currentRecord(latest.current);
      // The form open until now keeps what was typed in it.
      session?.flush();
      const restored = record ? drafts.load(record, id) : null;
      dispatch({ type: 'open-form', transitionId: id, ...(restored ? { restored } : {}) });
      // Without its code in, the form waits for it.
      if (!chunk) loadTransitionForm().catch(() => undefined);
    },
    [drafts, session, chunk, latest, dispatch],
  );
  return { handlers: session?.handlers ?? null, onOpen };
}
