import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserFormats } from '../../../../src/blueprint/date-format.ts';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import de from '../../../../src/translations/de.json';
import en from '../../../../src/translations/en.json';
import { DatePicker } from '../../../../src/fields/date/calendar.tsx';
import { TranslateContext } from '../../../../src/ui/i18n-context.ts';

const US: UserFormats = {
  locale: 'en-US',
  timeZone: 'America/New_York',
  dateFormat: 'MM/dd/yyyy',
  timeFormat: 'hh:mm a',
};
const GERMAN: UserFormats = {
  locale: 'de-DE',
  timeZone: 'Europe/Berlin',
  dateFormat: 'dd.MM.yyyy',
  timeFormat: 'HH:mm',
};

/** A date field as the form shows it: a label, the typed text in an input, the calendar beside it. */
function Field(props: {
  formats?: UserFormats;
  start?: string;
  time?: boolean;
  min?: string;
  max?: string;
  locale?: 'en' | 'de';
}) {
  const [text, setText] = useState(props.start ?? '');
  const formats = props.formats ?? US;
  const t = props.locale === 'de' ? createTranslator('de', de, en) : createTranslator('en', en, {});
  return (
    <TranslateContext.Provider value={t}>
      <label for="f-close" id="f-close-label">
        Close date
      </label>
      <DatePicker
        id="f-close"
        labelId="f-close-label"
        text={text}
        formats={formats}
        time={props.time ?? false}
        disabled={false}
        min={props.min}
        max={props.max}
        onChange={setText}
      >
        <input id="f-close" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </DatePicker>
    </TranslateContext.Provider>
  );
}

const input = () => screen.getByLabelText('Close date') as HTMLInputElement;
const openButton = () => screen.getByRole('button', { name: 'Open calendar', description: 'Close date' });
const calendar = () => screen.getByRole('dialog', { name: 'Calendar', description: 'Close date' });
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Friday 27 November 2026, 15:00 in New York.
  vi.setSystemTime(new Date('2026-11-27T20:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Role queries over a month of day buttons are slow in jsdom on a loaded machine.
describe('the date picker', { timeout: 20_000 }, () => {
  it('opens a calendar of this month on today, marked as today, with its grid named by the month', () => {
    render(<Field />);
    expect(openButton().getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(openButton());
    expect(openButton().getAttribute('aria-expanded')).toBe('true');
    const grid = within(calendar()).getByRole('grid', { name: 'November 2026' });
    const today = within(grid).getByRole('button', { name: 'Friday, November 27, 2026' });
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(document.activeElement).toBe(today);
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    // Only the focused day is in the tab order.
    expect(
      within(grid)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toEqual([today]);
  });

  it("moves by day, week and month from the keyboard, and a pick writes the date in the user's format", () => {
    render(<Field />);
    fireEvent.click(openButton());
    key('ArrowRight'); // Sat 28
    key('ArrowDown'); // Sat 5 Dec
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Saturday, December 5, 2026');
    expect(screen.getByRole('grid', { name: 'December 2026' })).toBeTruthy();
    key('Home'); // Sun 29 Nov: US weeks start on Sunday
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Sunday, November 29, 2026');
    key('End'); // Sat 5 Dec
    key('ArrowLeft'); // Fri 4 Dec
    key('ArrowUp'); // Fri 27 Nov
    key('PageDown');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Sunday, December 27, 2026');
    key('PageUp');
    key('PageUp');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Tuesday, October 27, 2026');
    fireEvent.click(document.activeElement!);
    expect(input().value).toBe('10/27/2026');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(openButton());
  });

  it('closes on Escape with nothing written, and gives the focus back to its button', () => {
    render(<Field start="11/3/2026" />);
    fireEvent.click(openButton());
    key('ArrowDown');
    key('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(openButton());
    expect(input().value).toBe('11/3/2026');
  });

  it('opens on the date typed, shown selected, and follows what is typed next', () => {
    render(<Field start="03/15/2024" />);
    fireEvent.click(openButton());
    const picked = screen.getByRole('button', { name: 'Friday, March 15, 2024' });
    expect(document.activeElement).toBe(picked);
    expect(picked.closest('td')?.getAttribute('aria-selected')).toBe('true');
    expect(
      screen.getByRole('button', { name: 'Thursday, March 14, 2024' }).closest('td')?.getAttribute('aria-selected'),
    ).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.getByRole('grid', { name: 'April 2024' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    // 2024 is a leap year.
    expect(within(screen.getByRole('grid', { name: 'February 2024' })).getAllByRole('button')).toHaveLength(29);
  });

  it('sets the date of a date-time and keeps the time typed', () => {
    render(<Field start="11/27/2026 04:15 PM" time />);
    fireEvent.click(openButton());
    key('ArrowRight');
    fireEvent.click(document.activeElement!);
    expect(input().value).toBe('11/28/2026 04:15 PM');
  });

  it("speaks the user's language and starts the week where their locale does", () => {
    render(<Field formats={GERMAN} locale="de" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kalender öffnen', description: 'Close date' }));
    const grid = within(screen.getByRole('dialog', { name: 'Kalender', description: 'Close date' })).getByRole('grid', {
      name: 'November 2026',
    });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Freitag, 27. November 2026');
    key('Home');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Montag, 23. November 2026');
    fireEvent.click(document.activeElement!);
    expect(input().value).toBe('23.11.2026');
  });

  it("disables the days outside the field's first and last day, and the keys stop there", () => {
    render(<Field min="2026-11-20" max="2026-12-05" />);
    fireEvent.click(openButton());
    expect((screen.getByRole('button', { name: 'Thursday, November 19, 2026' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Friday, November 20, 2026' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
    key('ArrowUp');
    key('ArrowUp');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Friday, November 20, 2026');
    key('PageDown');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Saturday, December 5, 2026');
  });
});
