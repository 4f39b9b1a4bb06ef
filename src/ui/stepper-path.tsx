import { useState } from 'preact/hooks';
import type { UserFormats } from '../blueprint/date-format.ts';
import type { PathStep } from '../blueprint/process-path.ts';
import { daysSince, formatUserDay } from '../blueprint/stage-history.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ClosingStep, ShapedPath } from '../settings/apply-settings.ts';
import { readableOn } from './colour.ts';
import { useT } from './i18n-context.ts';
import { useLazyModule } from './use-lazy-module.ts';

/** The path's tools, asked for once the path shows (one function, so the lazy load's effect runs once). */
const loadPathTools = () => import('./path-tools.tsx');

/**
 * The process as a path of stages, the current one marked; closing stages (won or lost) apart at the end. A
 * stage before the current one shows as passed only when the record's history says the record was there
 * (with the date it was reached); with no history it is merely "earlier in the process". A stage the admin hid
 * shows only while the record is in it, marked as such. In a narrow popup the path shows the current stage and
 * its neighbours, with a button for the rest. The path is one row: its scroll buttons and the stages' tooltips are
 * imported once it shows, after the first screen (src/ui/path-tools.tsx).
 */
export function StepperPath(props: {
  path: ShapedPath;
  label: string;
  formats: UserFormats;
  now: number;
  /** Words for an overdue current stage (stage-time.tsx), marking it; none until the form's code is in. */
  late?: string | null | undefined;
}) {
  const t = useT();
  const { steps, closing, hiddenCurrent } = props.path;
  const [expanded, setExpanded] = useState(false);
  const Tools = useLazyModule(loadPathTools, null).module?.PathTools;
  // The compact path centres on the current stage (the last one once the record is in a closing stage).
  let anchor = steps.findIndex((s) => s.status === 'current');
  if (anchor === -1) anchor = closing.some((s) => s.status === 'current') ? steps.length - 1 : 0;
  const far = (i: number) => !expanded && Math.abs(i - anchor) > 1;
  const farCount = steps.filter((_, i) => Math.abs(i - anchor) > 1).length;
  const step = (s: PathStep | ClosingStep, i = anchor) => (
    <Step
      key={s.state.value}
      step={s}
      hidden={s.state === hiddenCurrent}
      far={far(i)}
      formats={props.formats}
      now={props.now}
      late={props.late}
    />
  );
  return (
    <div class="path-block">
      <div class="path-row">
        <ol class="path" aria-label={props.label}>
          {steps.map(step)}
        </ol>
        {closing.length > 0 && (
          <div class="path-closing">
            <span class="path-closing__label" aria-hidden="true">
              {t('path.closing')}
            </span>
            <ol class="path path--closing" aria-label={t('path.closingLabel')}>
              {closing.map((s) => step(s))}
            </ol>
          </div>
        )}
      </div>
      {Tools && <Tools />}
      {farCount > 0 && (
        <button type="button" class="path__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('path.showFewer') : t('path.showAll', { count: farCount })}
        </button>
      )}
      {hiddenCurrent && <p class="path__note">{t('path.hiddenNote', { stage: hiddenCurrent.label })}</p>}
    </div>
  );
}

/** What a step's status says in words (read out, and shown in its tooltip). */
function statusWords(step: PathStep | ClosingStep, formats: UserFormats, now: number, t: Translate): string {
  const date = step.reachedAt && formatUserDay(step.reachedAt, formats);
  if (step.status === 'visited' || (step.status === 'current' && 'outcome' in step)) {
    return date ? t('path.reachedOn', { date }) : t('path.reached');
  }
  if (step.status === 'current' && step.reachedAt)
    return `${t('path.current')}, ${t('path.daysInStage', { count: daysSince(step.reachedAt, now) })}`;
  return t(
    step.status === 'not-visited'
      ? 'path.notVisited'
      : step.status === 'unknown'
        ? 'path.earlier'
        : `path.${step.status}`,
  );
}

function Step(props: {
  step: PathStep | ClosingStep;
  hidden: boolean;
  far: boolean;
  formats: UserFormats;
  now: number;
  late?: string | null | undefined;
}) {
  const t = useT();
  const { step } = props;
  const late = step.status === 'current' && props.late;
  // The current stage wears the picklist's own colour when the CRM gives one, with text that reads on it.
  const outcome = 'outcome' in step ? step.outcome : null;
  const colours = step.status === 'current' && !outcome ? readableOn(step.state.colour) : null;
  const classes = [
    'path__step',
    `path__step--${step.status}`,
    outcome && `path__step--${outcome}`,
    (props.hidden || step.state.outside) && 'path__step--hidden',
    props.far && 'path__step--far',
    late && 'path__step--late',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      class={classes}
      aria-current={step.status === 'current' ? 'step' : undefined}
      // The current stage is the path's stop for Tab, the arrow keys go on from it (path-tools.tsx); each stage
      // gives its whole name and its words in a tooltip on hover and focus.
      tabIndex={step.status === 'current' ? 0 : -1}
      style={colours ? { background: colours.background, color: colours.text } : undefined}
    >
      {step.status === 'visited' && (
        <span class="path__mark" aria-hidden="true">
          ✓
        </span>
      )}
      <bdi class="path__label" elementtiming="bs-path-label">
        {step.state.label}
      </bdi>
      <span class="visually-hidden">
        , {outcome && `${t(`path.closing.${outcome}`)}, `}
        {statusWords(step, props.formats, props.now, t)}
        {late && `, ${late}`}
        {props.hidden && ` (${t('path.normallyHidden')})`}
      </span>
    </li>
  );
}
