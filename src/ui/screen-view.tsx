import type { CrmClient } from '../crm/crm-client.ts';
import { DisabledPanel } from './disabled-panel.tsx';
import { useT } from './i18n-context.ts';
import { LoadingSkeleton } from './loading-skeleton.tsx';
import { LazyScreenProblem } from './lazy-screen-problem.tsx';
import { StepperView } from './stepper-view.tsx';
import type { FormHandlers } from './transition-form.tsx';
import type { WidgetState } from './widget-state.ts';

/** What the widget shows for where it stands: loading, a problem, the module turned off, or the stepper. */
export function ScreenView(props: {
  state: WidgetState;
  client: CrmClient;
  /** The open form's handlers, once the form's code is in. */
  handlers: FormHandlers | null;
  celebrations: { enabled(): boolean; set(on: boolean): void };
  onOpen: (transitionId: string) => void;
  onRetry: () => void;
}) {
  const translate = useT();
  const { screen } = props.state;
  switch (screen.status) {
    case 'connecting':
    case 'loading':
      return <LoadingSkeleton label={translate('loading')} />;
    case 'failed':
    case 'no-blueprint':
      // The problem panels' code (plain words, Details, Copy diagnostics) loads only when it is needed.
      return <LazyScreenProblem screen={screen} onRetry={props.onRetry} />;
    case 'disabled':
      return <DisabledPanel entity={screen.record.entity} recordName={screen.recordName} />;
    case 'ready':
      return (
        <StepperView
          data={screen.data}
          form={props.state.form}
          notice={props.state.notice}
          client={props.client}
          onOpen={props.onOpen}
          handlers={props.handlers}
          celebrations={props.celebrations}
        />
      );
  }
}
