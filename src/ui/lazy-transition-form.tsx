import { useEffect, useState } from 'preact/hooks';
import type { FormContext } from '../fields/contract.ts';
import type { CrmClient } from '../crm/crm-client.ts';
import type { FormChunk } from './form-chunk.ts';
import { useT } from './i18n-context.ts';
import { useLazyModule } from './use-lazy-module.ts';
import type { FormExtras, FormHandlers, ShownForm } from './transition-form.tsx';
import type { FormState, DraftsForm } from './widget-state.ts';

let pending: Promise<FormChunk> | null = null;
let formTexts: () => Promise<unknown> = () => Promise.resolve();

/**
 * How the form's texts come with its code (main.tsx: the widget's loader lays `form-<locale>.json` over its
 * texts); the form shows once both are in. Bulk mode has them with its own texts already.
 */
export function fetchFormTextsWith(load: () => Promise<unknown>): void {
  formTexts = load;
}
let loaded: FormChunk | null = null;
const listeners = new Set<(m: FormChunk) => void>();

/** The form's code if it is in already. */
export function loadedFormChunk(): FormChunk | null {
  return loaded;
}

/** The form's code once it is in: the caller renders again when it arrives (a retry may bring it later). */
export function useFormChunk(): FormChunk | null {
  const [chunk, setChunk] = useState(loaded);
  useEffect(() => {
    listeners.add(setChunk);
    if (loaded) setChunk(loaded);
    return () => void listeners.delete(setChunk);
  }, []);
  return chunk;
}

/**
 * Loads the transition form and its editors: a chunk of its own, so the first screen (the stepper) needs less
 * code. The App asks for it as soon as the stepper shows, so it is there before the rep picks a transition.
 * A failed load can be asked for again.
 */
export function loadTransitionForm(): Promise<FormChunk> {
  pending ??= Promise.all([import('./form-chunk.ts'), formTexts()]).then(
    ([{ formChunk: m }]) => {
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
  props: {
    form: FormState | DraftsForm;
    ctx: FormContext;
    client: CrmClient;
    /** Null until the page's form session is made (it comes with the form's code). */
    handlers: FormHandlers | null;
  } & FormExtras,
) {
  const t = useT();
  const { module, failed, retry } = useLazyModule(loadTransitionForm, loaded);
  const { client, form, handlers, ...rest } = props;
  // A form opened before the code came waits for its starting values (widget-state.ts, `started`).
  if (module && handlers && !('values' in form && 'waiting' in form.values)) {
    const shown = form as ShownForm;
    return (
      <module.TransitionForm {...rest} form={shown} handlers={handlers} services={module.editorServicesOf(client)} />
    );
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
