import { useT } from './i18n-context.ts';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import { useLazyModule } from './use-lazy-module.ts';
import type { ProblemScreen } from './screen-problem.tsx';

type ProblemModule = typeof import('./screen-problem.tsx');

let loaded: ProblemModule | null = null;

/** Loads the problem panel's code (with the form's chunk, vite.config.ts); a failed load can be asked for again. */
export function loadScreenProblem(): Promise<ProblemModule> {
  return import('./screen-problem.tsx').then((m) => (loaded = m));
}

/**
 * A first screen that went wrong, once the panel's code is in (the loading skeleton until then). Should that
 * code itself not load, general words and a retry (which loads the screen, and this code, again), never a
 * blank popup.
 */
export function LazyScreenProblem(props: { screen: ProblemScreen; onRetry: () => void }) {
  const t = useT();
  const { module, failed } = useLazyModule(loadScreenProblem, loaded);
  if (module) return <module.ScreenProblem {...props} />;
  if (!failed) return <LoadingSkeleton label={t('loading')} />;
  return (
    <div class="problem" role="alert">
      <h1 class="problem__title">{t('errors.unexpected.title')}</h1>
      <p class="problem__fix">{t('errors.unexpected.fix')}</p>
      <button type="button" class="button button--primary" onClick={props.onRetry}>
        {t('action.tryAgain')}
      </button>
    </div>
  );
}
