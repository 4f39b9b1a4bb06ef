import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { DraftValue } from '../fields/contract.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { sendTransition, type SendMode } from '../flow/send-transition.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import type { FormHandlers } from './transition-form.tsx';
import { useLatestSignal } from './use-abort-signals.ts';
import { currentRecord, type Action, type WidgetState } from './widget-state.ts';

/**
 * What the rep can do with transition forms, wired to the state and the send flow: open one (with the draft
 * kept for it), edit, leave a field, cancel, send. Stable callbacks, so unchanged rows skip re-rendering.
 */
export function useFormActions(
  client: CrmClient,
  drafts: DraftStore,
  latest: { current: WidgetState },
  dispatch: (action: Action) => void,
) {
  // A ref, not state: two clicks in one frame both see the state before either re-render.
  const sending = useRef(false);
  const nextSend = useLatestSignal();
  const submit = useCallback(
    async (mode: SendMode) => {
      const { form, screen } = latest.current;
      if (!form || screen.status !== 'ready' || sending.current) return;
      // Held from here: the checks wait for their code, and a second click must not slip in meanwhile.
      sending.current = true;
      const id = form.transition.id;
      try {
        const outcome = await sendTransition(client, screen.data, form, mode, nextSend(), {
          onSending: () => dispatch({ type: 'send-start', mode }),
          onDone: () => drafts.clear(screen.data.record, id),
        });
        dispatch({ type: 'sent', outcome });
        const first = outcome.kind === 'stopped' ? outcome.stopping[0] : undefined;
        if (first) setTimeout(() => document.getElementById(`form-${id}-${first.key}`)?.focus(), 0);
      } catch {
        // Aborted: the widget went.
      } finally {
        sending.current = false;
      }
    },
    [client, drafts, nextSend],
  );
  const handlers = useMemo<FormHandlers>(
    () => ({
      onEdit: (key: string, value: DraftValue) => dispatch({ type: 'edit', key, value }),
      onTouch: (key: string) => dispatch({ type: 'touch', key }),
      onSubmit: (mode) => void submit(mode),
      onCancel: () => {
        const record = currentRecord(latest.current);
        if (record && !sending.current) drafts.forgetOpen(record);
        dispatch({ type: 'close-form' });
      },
      onOpenInCrm: () => {
        const record = currentRecord(latest.current);
        if (record) void client.openRecord(record).catch(() => undefined);
      },
    }),
    [submit, drafts, client],
  );
  const onOpen = useCallback(
    (id: string) => {
      const record = currentRecord(latest.current);
      const restored = record ? drafts.load(record, id) : null;
      dispatch({ type: 'open-form', transitionId: id, ...(restored ? { restored } : {}) });
    },
    [drafts],
  );
  return { handlers, onOpen };
}
