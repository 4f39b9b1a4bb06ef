import type { FormContext } from '../fields/contract.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import { useT } from './i18n-context.ts';
import { useLazyModule } from './use-lazy-module.ts';
import type { FormExtras, FormHandlers } from './transition-form.tsx';
import type { OpenForm } from './widget-state.ts';

type FormModule = typeof import('./transition-form.tsx');

let pending: Promise<FormModule> | null = null;
let formTexts: () => Promise<unknown> = () => Promise.resolve();

/**
 * How the form's texts come with its code (main.tsx: the widget's loader lays `form-<locale>.json` over its
 * texts); the form shows once both are in. Bulk mode has them with its own texts already.
 */
export function fetchFormTextsWith(load: () => Promise<unknown>): void {
  formTexts = load;
}
let loaded: FormModule | null = null;
const listeners = new Set<(m: FormModule) => void>();

/** The form's code if it is in already (then a form opens at once, with its starting values). */
export function loadedTransitionForm(): FormModule | null {
  return loaded;
}

/** Calls `listener` each time the form's code arrives (a retry may bring it later); returns the unsubscribe. */
export function onTransitionFormLoaded(listener: (m: FormModule) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Loads the transition form and its editors: a chunk of its own, so the first screen (the stepper) needs less
 * code. The App asks for it as soon as the stepper shows, so it is there before the rep picks a transition.
 * A failed load can be asked for again.
 */
export function loadTransitionForm(): Promise<FormModule> {
  pending ??= Promise.all([import('./transition-form.tsx'), formTexts()]).then(
    ([m]) => {
      loaded = m;
      for (const listener of listeners) listener(m);
      return m;
    },
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

/** The transition form, once its code is in; a line while it loads, and a retry if it cannot load. */
export function LazyTransitionForm(
  props: { form: OpenForm; ctx: FormContext; client: CrmClient; handlers: FormHandlers } & FormExtras,
) {
  const t = useT();
  const { module, failed, retry } = useLazyModule(loadTransitionForm, loaded);
  // A form opened before the code came waits for its starting values (widget-state.ts, `form-code`).
  if (module && !props.form.waiting) {
    const { client, ...rest } = props;
    return <module.TransitionForm {...rest} services={module.editorServicesOf(client)} />;
  }
  if (failed && !module) {
    return (
      <div class="form__error" role="alert">
        <p class="form__error-title">{t('form.loadFailed')}</p>
        <button type="button" class="button" onClick={retry}>
          {t('action.tryAgain')}
        </button>
      </div>
    );
  }
  return (
    <p class="banner banner--info" role="status">
      {t('form.loading')}
    </p>
  );
}
