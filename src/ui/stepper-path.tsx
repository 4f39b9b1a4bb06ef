import { useState } from 'preact/hooks';
import type { UserFormats } from '../blueprint/date-format.ts';
import type { PathStep } from '../blueprint/process-path.ts';
import { daysSince, formatUserDay } from '../blueprint/stage-history.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ClosingStep, ShapedPath } from '../settings/apply-settings.ts';
import { readableOn } from './colour.ts';
import { useT } from './i18n-context.ts';

/**
 * The process as a path of stages, the current one marked; closing stages (won or lost) apart at the end. A
 * stage before the current one shows as passed only when the record's history says the record was there
 * (with the date it was reached); with no history it is merely "earlier in the process". A stage the admin hid
 * shows only while the record is in it, marked as such. In a narrow popup the path shows the current stage and
 * its neighbours, with a button for the rest.
 */
export function StepperPath(props: { path: ShapedPath; label: string; formats: UserFormats; now: number }) {
  const t = useT();
  const { steps, closing, hiddenCurrent } = props.path;
  const [expanded, setExpanded] = useState(false);
  const [pointed, setPointed] = useState<string | null>(null);
  // The stage the compact path centres on: the current one, the last stage once the record is in a closing one.
  const currentIndex = steps.findIndex((s) => s.status === 'current');
  const anchor = currentIndex !== -1 ? currentIndex : closing.some((s) => s.status === 'current') ? steps.length - 1 : 0;
  const far = (i: number) => Math.abs(i - anchor) > 1;
  const farCount = steps.filter((_, i) => far(i)).length;
  const all = [...steps, ...closing];
  const detail = all.find((s) => s.state.value === pointed);
  const step = (s: PathStep | ClosingStep, i: number | null) => (
    <Step
      key={s.state.value}
      step={s}
      hidden={s.state === hiddenCurrent}
      far={i !== null && far(i)}
      formats={props.formats}
      now={props.now}
      onPoint={(on) => setPointed(on ? s.state.value : null)}
    />
  );
  return (
    <div class={`path-block${expanded || farCount === 0 ? '' : ' path-block--compact'}`}>
      <div class="path-row">
        <ol class="path" aria-label={props.label}>
          {steps.map((s, i) => step(s, i))}
        </ol>
        {closing.length > 0 && (
          <div class="path-closing">
            <span class="path-closing__label" aria-hidden="true">
              {t('path.closing')}
            </span>
            <ol class="path path--closing" aria-label={t('path.closingLabel')}>
              {closing.map((s) => step(s, null))}
            </ol>
          </div>
        )}
      </div>
      {farCount > 0 && (
        <button type="button" class="path__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('path.showFewer') : t('path.showAll', { count: farCount })}
        </button>
      )}
      <p class="path__detail" aria-hidden="true">
        {detail ? stepWords(detail, props.formats, props.now, t).detail : ''}
      </p>
      {hiddenCurrent && <p class="path__note">{t('path.hiddenNote', { stage: hiddenCurrent.label })}</p>}
    </div>
  );
}

/** What a step says in words: its status for a screen reader, and the detail shown on hover and focus. */
function stepWords(step: PathStep | ClosingStep, formats: UserFormats, now: number, t: Translate): { status: string; detail: string } {
  const when = step.reachedAt ? formatUserDay(step.reachedAt, formats) : null;
  const closingOutcome = 'outcome' in step ? step.outcome : null;
  switch (step.status) {
    case 'visited': {
      const status = when ? t('path.visitedOn', { date: when }) : t('path.visited');
      return { status, detail: `${step.state.label}: ${status}` };
    }
    case 'not-visited':
      return { status: t('path.notVisited'), detail: `${step.state.label}: ${t('path.notVisited')}` };
    case 'unknown':
      return { status: t('path.earlier'), detail: `${step.state.label}: ${t('path.earlierDetail')}` };
    case 'current': {
      const head = closingOutcome ? (when ? t('path.reachedOn', { date: when }) : t('path.reached')) : t('path.current');
      const days = step.reachedAt && !closingOutcome ? t('path.daysInStage', { count: daysSince(step.reachedAt, now) }) : null;
      const since = when && !closingOutcome ? t('path.since', { date: when }) : null;
      return {
        status: [head, days].filter(Boolean).join(', '),
        detail: `${step.state.label}: ${[head, since, days].filter(Boolean).join(' · ')}`,
      };
    }
    case 'upcoming':
      return { status: t('path.upcoming'), detail: `${step.state.label}: ${t('path.upcoming')}` };
  }
}

function Step(props: { step: PathStep | ClosingStep; hidden: boolean; far: boolean; formats: UserFormats; now: number; onPoint: (on: boolean) => void }) {
  const t = useT();
  const { step } = props;
  // The current stage wears the picklist's own colour when the CRM gives one, with text that reads on it.
  const colours = step.status === 'current' && !('outcome' in step && step.outcome) ? readableOn(step.state.colour) : null;
  const outcome = 'outcome' in step ? step.outcome : null;
  const words = stepWords(step, props.formats, props.now, t);
  const classes = [
    'path__step',
    `path__step--${step.status}`,
    outcome && `path__step--${outcome}`,
    props.hidden && 'path__step--hidden',
    props.far && 'path__step--far',
  ]
    .filter(Boolean)
    .join(' ');
  // A stage with a date to tell can be focused, so a keyboard user sees the date as a mouse user does.
  const focusable = step.reachedAt ? 0 : undefined;
  return (
    <li
      class={classes}
      aria-current={step.status === 'current' ? 'step' : undefined}
      title={step.state.label}
      tabIndex={focusable}
      style={colours ? { background: colours.background, color: colours.text } : undefined}
      onMouseEnter={() => props.onPoint(true)}
      onMouseLeave={() => props.onPoint(false)}
      onFocus={() => props.onPoint(true)}
      onBlur={() => props.onPoint(false)}
    >
      {step.status === 'visited' && (
        <span class="path__mark" aria-hidden="true">
          ✓
        </span>
      )}
      <span class="path__label">{step.state.label}</span>
      <span class="visually-hidden">
        , {outcome && `${t(`path.closing.${outcome}`)}, `}
        {words.status}
        {props.hidden && ` (${t('path.normallyHidden')})`}
      </span>
    </li>
  );
}
