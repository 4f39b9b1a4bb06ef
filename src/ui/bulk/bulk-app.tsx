/**
 * Bulk mode (issue 11): the widget opened on several records of a list view. Loads the selection under the
 * call cap, offers the transitions the records share, one form for all, a confirmation, then sends with a
 * progress bar, Stop, per-record results and Retry failed. A lazy chunk: the single-record screen never loads it.
 */
import { render } from 'preact';
import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import { groupTransitions } from '../../bulk/group-transitions.ts';
import { prepareSend } from '../../fields/prepare-send.ts';
import type { SendQueue } from '../../bulk/send-queue.ts';
import type { CrmClient, PageContext } from '../../crm/crm-client.ts';
import {
  closeBulk,
  loadBulkRecord,
  openBulk,
  sendBulk,
  type RecordLoad,
  type SendFailure,
} from '../../flow/bulk-flow.ts';
import type { LoadedMessages } from '../../i18n/load-messages.ts';
import { useTexts } from '../use-texts.ts';
import { TranslateContext } from '../i18n-context.ts';
import { loadTransitionForm } from '../lazy-transition-form.tsx';
import { useFrameResize } from '../use-frame-resize.ts';
import { BulkScreen, type BulkHandlers } from './bulk-screen.tsx';
import { openBulkState, readyRecords, reduceBulk } from './bulk-state.ts';
import bulkCss from './bulk.css?inline';
import { addStyle } from '../add-style.ts';

// This chunk's own CSS, added when the chunk loads (add-style.ts says why it is not a file).
addStyle(bulkCss);

/** What the bulk widget needs from the page's boot. */
export interface BulkProps {
  client: CrmClient;
  ctx: PageContext;
  loadMessages: (locale: string) => Promise<LoadedMessages>;
  initialLocale: string;
}

export { MAX_IN_FLIGHT } from '../../bulk/capped.ts';

/** Renders bulk mode into `root`, in place of the single-record widget. */
export function mountBulk(root: HTMLElement, props: BulkProps): void {
  render(<BulkApp {...props} />, root);
}

/** Bulk mode's wiring: its state (bulk-state.ts), the flow's calls (flow/bulk-flow.ts), and its screen. */
export function BulkApp(props: BulkProps) {
  const { client } = props;
  const [state, dispatch] = useReducer(reduceBulk, props.ctx, openBulkState);
  // The queue of sends, once the rep confirmed (the flow's: its send view follows it).
  const [queue, setQueue] = useState<SendQueue<SendFailure> | null>(null);
  useFrameResize(client);

  const { mode, entity, ids, loads, shared, step } = state;
  useEffect(() => {
    if (mode.kind !== 'bulk') return;
    const controller = new AbortController();
    // The form's code comes once the choices show.
    const formCode = () => void loadTransitionForm().catch(() => undefined);
    openBulk(client, entity, ids, dispatch, formCode, controller.signal).catch(() => undefined);
    return () => controller.abort();
    // Once: the selection never changes for a page (openBulkState).
  }, [client, mode, entity, ids]);

  const ready = shared?.kind === 'ready' ? shared : null;
  // Texts: the user's CRM locale once known, the browser's until then.
  const translate = useTexts(ready ? ready.context.formats.locale : props.initialLocale, props.loadMessages);
  const choices = useMemo(() => groupTransitions(readyRecords(ids, loads)), [ids, loads]);

  // What the views report, acted on with this render's state (the views get new handlers with each state).
  const on: BulkHandlers = {
    choose: (choice) => dispatch({ type: 'choose', choice }),
    form: {
      onEdit: (key, value) => dispatch({ type: 'edit', key, value }),
      onTouch: (key) => dispatch({ type: 'touch', key }),
      onSubmit: () => {
        if (step.kind !== 'form' || !ready) return;
        const { form } = step;
        // Imported, not loaded on demand: this chunk imports the form's chunk, where the checks are, already.
        const prepared = prepareSend(form, ready.context, 'complete');
        const first = prepared.stopping[0];
        if (!first) return dispatch({ type: 'confirm', data: prepared.data });
        dispatch({ type: 'show-all-errors' });
        setTimeout(() => document.getElementById(`form-${form.transition.id}-${first.key}`)?.focus(), 0);
      },
      onCancel: () => dispatch({ type: 'cancel' }),
    },
    send: () => {
      if (step.kind !== 'confirm' || !ready) return;
      setQueue(sendBulk(client, entity, step.choice, step.data, ready.settings.afterTransition));
      dispatch({ type: 'sending' });
    },
    retryLoad: (id) => {
      if (!ready) return;
      const loaded = (load: RecordLoad) => dispatch({ type: 'loaded', load });
      void loadBulkRecord(client, { entity, recordId: id }, ready, undefined, loaded).then(loaded);
    },
    close: () => closeBulk(client),
  };

  if (!translate) return <main class="widget" aria-busy="true" />;
  return (
    <TranslateContext.Provider value={translate}>
      <BulkScreen state={state} choices={choices} client={client} queue={queue} on={on} />
    </TranslateContext.Provider>
  );
}
