import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldItem, FormItem, Transition } from '../../../src/blueprint/model.ts';
import type { EditorServices } from '../../../src/crm/editor-services.ts';
import { initialDrafts } from '../../../src/fields/drafts.ts';
import { logicOf } from '../../../src/fields/kind-logic.ts';
import { viewOf } from '../../../src/fields/kind-views.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import en from '../../../src/translations/en.json';
import { TranslateContext } from '../../../src/ui/i18n-context.ts';
import { TransitionForm, type FormHandlers } from '../../../src/ui/transition-form.tsx';
import { field, kolkata as ctx } from '../fields/field-factory.ts';
import { transition } from '../transition-factory.ts';

/** One keystroke in a long form (issue 13 goal 3): only the edited item is checked and only its row renders. */

/** A transition of `count` email fields, the second one holding a wrong address the rep has already left. */
function emails(count: number): Transition {
  const items: FormItem[] = Array.from({ length: count }, (_, i) =>
    field('email', { apiName: `Mail_${i}`, label: `Mail ${i}`, required: i % 3 === 0 }),
  );
  return transition('t-mails', { name: 'Mails', data: { Mail_1: 'not an address' }, items });
}

function open(count: number) {
  const transition = emails(count);
  const drafts = initialDrafts(transition.items, transition.data, ctx.formats);
  const onEdit = vi.fn();
  const handlers: FormHandlers = { onEdit, onTouch: () => {}, onSubmit: () => {}, onCancel: () => {} };
  const form = {
    transition,
    drafts,
    initial: drafts,
    touched: { Mail_1: true as const },
    showAllErrors: false,
    sending: null,
    sendError: null,
    restored: false,
  };
  render(
    <TranslateContext.Provider value={createTranslator('en', en, {})}>
      <TransitionForm form={form} ctx={ctx} services={{} as EditorServices} handlers={handlers} />
    </TranslateContext.Provider>,
  );
  return { form: screen.getByRole('form', { name: 'Mails' }), onEdit };
}

afterEach(() => {
  cleanup();
  // The spies on the field registry, restored even when a test fails half-way.
  vi.restoreAllMocks();
});

/** Long enough that re-checking or re-rendering every row would show; short enough for jsdom's label lookups. */
const LONG = 60;

/** The input of field `i`, by the id its label points at. */
const mail = (form: HTMLElement, i: number) => form.querySelector<HTMLInputElement>(`#form-t-mails-Mail_${i}`)!;

describe('a keystroke in a long form', () => {
  it('checks only the field typed in, and leaves the error shown on another field as it was', () => {
    const check = vi.spyOn(logicOf('text'), 'check');
    const { form } = open(LONG);
    const wrong = within(form).getByText('Mail 1 needs an email address like name@example.com.');
    check.mockClear();
    fireEvent.input(mail(form, 7), { target: { value: 'ava@' } });
    expect(check).toHaveBeenCalledTimes(1);
    expect((check.mock.calls[0]![0] as FieldItem).apiName).toBe('Mail_7');
    expect(within(form).getByText('Mail 1 needs an email address like name@example.com.')).toBe(wrong);
  });

  it('renders the editor of that field alone, and hands the value on', () => {
    // The text kind's editor, counted each time it renders (a function component: one call per render).
    const view = viewOf('text') as unknown as { Editor: (props: object) => unknown };
    const editor = vi.spyOn(view, 'Editor');
    const { form, onEdit } = open(LONG);
    expect(editor.mock.calls.length).toBeGreaterThanOrEqual(LONG);
    editor.mockClear();
    const input = mail(form, 7);
    expect(input.labels?.[0]?.textContent).toMatch(/^Mail 7/);
    fireEvent.input(input, { target: { value: 'ava@example.com' } });
    expect(editor).toHaveBeenCalledTimes(1);
    expect(input.value).toBe('ava@example.com');
    expect(onEdit).toHaveBeenCalledWith('Mail_7', 'ava@example.com');
  });

  it('still updates what the form says is missing', () => {
    const { form } = open(6);
    expect(within(form).getByText('0 of 2 required items done')).toBeTruthy();
    fireEvent.input(mail(form, 3), { target: { value: 'ava@example.com' } });
    expect(within(form).getByText('1 of 2 required items done')).toBeTruthy();
    expect(within(form).getByText(/Still needed: Mail 0, Mail 1$/)).toBeTruthy();
  });
});
