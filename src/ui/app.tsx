import { useEffect } from 'preact/hooks';
import type { CrmClient, PageContext } from '../crm/crm-client.ts';
import type { LoadedMessages } from '../i18n/load-messages.ts';
import type { DraftStore } from '../storage/draft-store.ts';
import { TranslateContext } from './i18n-context.ts';
import { loadTransitionForm } from './lazy-transition-form.tsx';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import { ScreenView } from './screen-view.tsx';
import { useFormSession } from './use-form-session.ts';
import { useFrameResize } from './use-frame-resize.ts';
import { useStepperLoad, type FirstLoad } from './use-stepper-load.ts';
import { useTexts } from './use-texts.ts';

/** The widget's wiring: the state, effects that run the flows (src/flow/), and the views. */
export function App(props: {
  client: CrmClient;
  page: Promise<PageContext>;
  /**
   * The first screen's load, started by the page when the CRM's PageLoad came (startFirstLoad); without it the
   * App starts it itself when `page` resolves. Rejects as `page` does when the SDK never connected.
   */
  first?: Promise<FirstLoad>;
  drafts: DraftStore;
  /** Whether the rep wants a short celebration on a win. */
  celebrations: { enabled(): boolean; set(on: boolean): void };
  /** Loads the texts for a locale (app/translations/<locale>.json), falling back to English. */
  loadMessages: (locale: string) => Promise<LoadedMessages>;
  /** The locale to use until the CRM says the user's (the browser's, or the user's from the last open). */
  initialLocale: string;
}) {
  const { client, page, drafts } = props;
  const { state, dispatch, latest, retry } = useStepperLoad(client, drafts, page, props.first);
  useFrameResize(client, page);
  const { handlers, onOpen } = useFormSession(client, drafts, latest, dispatch);
  const { screen } = state;

  // Texts follow the user's CRM locale once known; until then the browser's.
  const translate = useTexts(
    screen.status === 'ready' ? screen.data.context.formats.locale : props.initialLocale,
    props.loadMessages,
  );
  const textsIn = translate !== null;
  useEffect(() => {
    if (screen.status !== 'ready' || !textsIn) return;
    // The form's code, with the send flow and the checks a send runs (one chunk), comes after the first screen,
    // before the rep can pick a transition.
    loadTransitionForm().catch(() => undefined);
  }, [screen.status, textsIn]);

  if (!translate) {
    return (
      <main class="widget">
        <LoadingSkeleton />
      </main>
    );
  }
  return (
    <TranslateContext.Provider value={translate}>
      <main class="widget">
        <ScreenView
          state={state}
          client={client}
          handlers={handlers}
          celebrations={props.celebrations}
          onOpen={onOpen}
          onRetry={retry}
        />
      </main>
    </TranslateContext.Provider>
  );
}
