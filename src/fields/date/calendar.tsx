import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { UserFormats } from '../../blueprint/date-format.ts';
import { useT } from '../../ui/i18n-context.ts';
import {
  addMonths,
  dayOf,
  dayOfMonth,
  keyMove,
  monthWeeks,
  todayIn,
  typedDay,
  weekStart,
  withDay,
} from './calendar-model.ts';

/** What the date picker needs from its field. */
export interface DatePickerProps {
  /** The field's input id; the calendar's ids derive from it. */
  id: string;
  /** The id of the field's label: it describes the button and the calendar (their names stay off the label, so
   * the field alone is found by it). */
  labelId: string;
  /** The field's text as typed: the source of truth, read for the day shown and written on a pick. */
  text: string;
  formats: UserFormats;
  /** A date-time field: a pick sets the date and keeps the typed time. */
  time: boolean;
  disabled: boolean;
  /** The first and last day that may be picked (`yyyy-MM-dd`), where the field has them. */
  min?: string | null | undefined;
  max?: string | null | undefined;
  onChange: (text: string) => void;
  /** The field's input. */
  children: ComponentChildren;
}

/** The least room (px) the calendar leaves between itself and the popup's side. */
const EDGE = 4;

/**
 * A field's input with a button that opens a month calendar below it (a non-modal dialog holding a grid, after
 * the WAI-ARIA date picker pattern). Arrows move a day or a week, PageUp/PageDown a month, Home/End to the
 * week's ends, Enter/Space pick, Escape closes; focus goes back to the button. Picking writes the date into the
 * text in the user's format, keeping a typed time.
 */
export function DatePicker(p: DatePickerProps) {
  const t = useT();
  // The day with the grid's focus (its month shows); null while closed.
  const [focus, setFocus] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const calendar = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);
  const open = focus !== null;
  // Inside the popup whatever the field's place: moved sideways to the popup's edge where it would cross it (a
  // field indented in a narrow popup), and scrolled into view where it opens below the visible part.
  useLayoutEffect(() => {
    const cal = calendar.current;
    if (!cal) return;
    cal.style.translate = '';
    const box = cal.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const shift = Math.max(Math.min(0, width - EDGE - box.right), EDGE - box.left);
    if (shift) cal.style.translate = `${shift}px 0`;
    cal.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  // At once on render, so a key pressed right after opening already lands in the grid.
  useLayoutEffect(() => {
    if (moveFocus.current) grid.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    moveFocus.current = false;
  });
  const min = dayOf(p.min) ?? -Infinity;
  const max = dayOf(p.max) ?? Infinity;
  const today = todayIn(p.formats.timeZone, Date.now());
  const selected = typedDay(p.text, p.formats);
  const firstDay = weekStart(p.formats.locale);
  const format = (o: Intl.DateTimeFormatOptions, day: number) =>
    new Intl.DateTimeFormat(p.formats.locale, { timeZone: 'UTC', ...o }).format(day * 864e5);
  const show = (day: number, focusDay: boolean) => {
    moveFocus.current = focusDay;
    setFocus(Math.min(Math.max(day, min), max));
  };
  const close = () => {
    setFocus(null);
    button.current?.focus();
  };
  const calId = `${p.id}-calendar`;
  // The month before points to where the page starts: left, or right in a right-to-left page. Drawn as chosen
  // (dir="ltr" on the buttons), since ‹ and › are characters the text would otherwise mirror on its own.
  const back = document.documentElement.dir === 'rtl' ? '›' : '‹';
  return (
    <div
      class="date"
      onFocusOut={(e) => {
        const to = e.relatedTarget;
        if (to instanceof Node && !e.currentTarget.contains(to)) setFocus(null);
      }}
    >
      {p.children}
      <button
        ref={button}
        type="button"
        class="date__open"
        aria-label={t('calendar.open')}
        aria-describedby={p.labelId}
        aria-expanded={focus !== null}
        disabled={p.disabled}
        onClick={() => (focus === null ? show(selected ?? today, true) : setFocus(null))}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M2.5 3.5h11v10h-11zM2.5 6.5h11M5.5 1.5v3M10.5 1.5v3" fill="none" stroke="currentColor" />
        </svg>
      </button>
      {focus !== null && (
        <div
          ref={calendar}
          id={calId}
          role="dialog"
          aria-label={t('calendar.dialog')}
          aria-describedby={p.labelId}
          class="cal"
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close();
          }}
        >
          <div class="cal__head">
            <button
              type="button"
              class="cal__step"
              aria-label={t('calendar.previous')}
              dir="ltr"
              onClick={() => show(addMonths(focus, -1), false)}
            >
              {back}
            </button>
            <div id={`${calId}-month`} aria-live="polite">
              {format({ month: 'long', year: 'numeric' }, focus)}
            </div>
            <button
              type="button"
              class="cal__step"
              aria-label={t('calendar.next')}
              dir="ltr"
              onClick={() => show(addMonths(focus, 1), false)}
            >
              {back === '‹' ? '›' : '‹'}
            </button>
          </div>
          <table
            ref={grid}
            role="grid"
            aria-labelledby={`${calId}-month`}
            onKeyDown={(e) => {
              const to = keyMove(e.key, focus, firstDay, min, max);
              if (to === null) return;
              e.preventDefault();
              show(to, true);
            }}
          >
            <thead>
              <tr>
                {[0, 1, 2, 3, 4, 5, 6].map((i) => (
                  // 1970-01-04 (day 3) was a Sunday.
                  <th key={i} scope="col">
                    {format({ weekday: 'short' }, 3 + ((firstDay + i) % 7))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {/* Keyed by place, as Preact diffs unkeyed rows: a month's grid keeps its cells. */}
              {monthWeeks(focus, firstDay).map((week, w) => (
                <tr key={w}>
                  {week.map((day, d) =>
                    day === null ? (
                      <td key={d} />
                    ) : (
                      <td key={d} aria-selected={day === selected}>
                        <button
                          type="button"
                          class="cal__day"
                          tabIndex={day === focus ? 0 : -1}
                          aria-label={format({ dateStyle: 'full' }, day)}
                          aria-current={day === today ? 'date' : undefined}
                          disabled={day < min || day > max}
                          onClick={() => {
                            p.onChange(withDay(p.text, day, p.formats, p.time));
                            close();
                          }}
                        >
                          {dayOfMonth(day)}
                        </button>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
