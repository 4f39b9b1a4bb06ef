import { msg } from '../i18n/message.ts';
import { describeError } from './describe-error.ts';
import { ProblemPanel } from './problem-panel.tsx';
import { useT } from './i18n-context.ts';
import type { Screen } from './widget-state.ts';

/** A first screen that went wrong: a failed load, or a record in no blueprint. */
export type ProblemScreen = Extract<Screen, { status: 'failed' | 'no-blueprint' }>;

/**
 * The panel for a first screen that went wrong, in plain words with Details and a retry. Loaded on demand
 * (lazy-screen-problem.tsx), in the chunk the transition form comes in: the stepper's first paint never needs it.
 */
export function ScreenProblem(props: { screen: ProblemScreen; onRetry: () => void }) {
  const translate = useT();
  const { screen } = props;
  if (screen.status === 'failed') return <ProblemPanel text={describeError(screen.error)} onRetry={props.onRetry} />;
  return (
    <ProblemPanel
      text={{
        title: screen.recordName
          ? msg('noBlueprint.title', { name: screen.recordName })
          : msg('noBlueprint.titleUnnamed'),
        fix: msg('noBlueprint.fix'),
        details: [],
        retry: true,
      }}
      retryLabel={translate('noBlueprint.checkAgain')}
      onRetry={props.onRetry}
    />
  );
}
