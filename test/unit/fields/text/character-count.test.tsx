import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { FieldItem } from '../../../../src/blueprint/model.ts';
import type { EditorServices } from '../../../../src/crm/editor-services.ts';
import { checkField } from '../../../../src/fields/send-data.ts';
import { view } from '../../../../src/fields/textarea/textarea-view.tsx';
import { createTranslator } from '../../../../src/i18n/translate.ts';
import en from '../../../../src/translations/en.json';
import { field, kolkata as ctx } from '../field-factory.ts';

/*
 * Issue 21 section 3 item 7: a length limit counts characters as Zoho does, one per code point (an emoji is one
 * character, not the two UTF-16 units JavaScript's `length` counts; docs/assumptions.md), and the counter under
 * a limited multi-line field counts the same way as the check.
 */

const english = createTranslator('en', en, {});
const problem = (item: FieldItem, text: string) => {
  const m = checkField(item, text, ctx);
  return m && english(m);
};

/** What the counter under a limited multi-line field reads for `text`. */
function counterFor(item: FieldItem, text: string): string {
  const Editor = view.Editor!;
  const { container } = render(
    <Editor
      item={item}
      value={text}
      ctx={ctx}
      inputId="in"
      labelId="label"
      describedBy={undefined}
      invalid={false}
      disabled={false}
      services={{} as EditorServices}
      onChange={() => undefined}
      onBlur={() => undefined}
    />,
  );
  return container.querySelector('.item__count')?.textContent ?? '';
}

describe('a length limit counts characters as Zoho does', () => {
  it('takes three emoji in a field of three characters', () => {
    expect(problem(field('text', { label: 'Mood', maxLength: 3 }), '😀😀😀')).toBeNull();
    expect(problem(field('textarea', { label: 'Mood', maxLength: 3 }), '😀😀😀')).toBeNull();
  });

  it('says how many characters there are, counted the same way', () => {
    expect(problem(field('text', { label: 'Mood', maxLength: 3 }), '😀😀😀😀')).toBe(
      'Mood can be at most 3 characters (now 4).',
    );
  });

  it('shows the same count under a limited multi-line field', () => {
    const notes = field('textarea', { label: 'Notes', maxLength: 5 });
    expect(counterFor(notes, '😀😀😀')).toBe('3 / 5');
    expect(counterFor(notes, '𝒜b')).toBe('2 / 5');
  });
});
