import type { FormItem } from '../blueprint/model.ts';
import type { Translate } from '../i18n/translate.ts';

/** The name of an item, as the form shows it. */
export function labelOf(item: FormItem, tr: Translate): string {
  switch (item.kind) {
    case 'field':
      return item.label;
    case 'notes':
      return tr('form.notes');
    case 'checklist':
      return item.label;
    case 'attachments':
      return tr('form.attachments');
    case 'widget':
      return item.name ?? tr('form.finishInCrmItem');
    case 'unknown':
      return item.label;
    default:
      return '';
  }
}
