import type { StepperData } from '../stepper/stepper-data.ts';
import { namesState } from '../settings/apply-settings.ts';
import { stageTime, type Period, type StageTime } from '../blueprint/stage-time.ts';
import type { Translate } from '../i18n/translate.ts';
import { useT } from './i18n-context.ts';
import { addStyle } from './add-style.ts';
import css from './stage-time.css?inline';

// This code's own CSS, added when the form's chunk, which carries it, loads (add-style.ts).
addStyle(css);

/**
 * The time in the record's current stage (blueprint/stage-time.ts): the admin's expected days for it, else Zoho's
 * escalation period, and the entry date the stage history gives. Nothing for a record in a closing stage.
 */
export function timeInStage(data: StepperData, now: number): StageTime {
  const current = data.path.steps.find((s) => s.status === 'current');
  if (!current) return { kind: 'none' };
  const entry = data.settings.states.find((e) => namesState(e.value, current.state));
  return stageTime({
    expectedDays: entry?.expectedDays ?? null,
    escalation: data.blueprint.process.escalation,
    enteredAt: current.reachedAt ?? null,
    now,
  });
}

/** "N days in this stage" or "N hours in this stage". */
function inStage(p: Period, t: Translate): string {
  return p.unit === 'days' ? t('path.daysInStage', { count: p.amount }) : t('time.hoursIn', { count: p.amount });
}

/**
 * One line about the time in the current stage, e.g. "Escalates after 2 days in this stage", "7 days in this
 * stage · 3 days left", or "12 days in this stage · 2 over its 10" in the warning colour.
 */
export function StageTimeLine(props: { time: StageTime }) {
  const t = useT();
  const { time } = props;
  if (time.kind === 'none') return null;
  let text: string;
  if (time.kind === 'escalates') text = t(`time.escalates.${time.limit.unit}`, { count: time.limit.amount });
  else if (time.kind === 'since') text = inStage(time.elapsed, t);
  else if (time.kind === 'left')
    text = `${inStage(time.elapsed, t)} · ${t(`time.left.${time.limit.unit}`, { count: time.left })}`;
  else text = `${inStage(time.elapsed, t)} · ${t('time.over', { count: time.over, limit: time.limit.amount })}`;
  return <span class={`stage-time stage-time--${time.kind}`}>{text}</span>;
}

/** The words the path adds to an overdue current stage (read out and in its tooltip), or null. */
export function overdueWords(time: StageTime, t: Translate): string | null {
  return time.kind === 'over' ? t('time.overdue') : null;
}
