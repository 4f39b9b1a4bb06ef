import type { MessageItem, UnknownItem, WidgetItem } from '../../blueprint/model.ts';
import { useT } from '../../ui/i18n-context.ts';
import { RequiredMark } from '../field-frame.tsx';

/**
 * The transition's items that hold no value: the admin's guidance, a nested widget (the CRM renders it; the
 * widget can only name it; send-data.ts echoes it back), an item the widget does not know.
 */
export function InfoItem(props: { item: MessageItem | WidgetItem | UnknownItem }) {
  const tr = useT();
  const { item } = props;
  switch (item.kind) {
    case 'message':
      return <p class="item item--message">{item.content}</p>;
    case 'widget':
      return (
        <p class="item item--note">
          {item.name ? tr('form.widgetNamed', { name: item.name }) : tr('form.widget')}
          {item.required && <RequiredMark />}
        </p>
      );
    case 'unknown':
      return (
        <p class="item item--note">
          {tr('form.unknownItem', { label: item.label, type: item.rawType })}
          {item.required && <RequiredMark />}
        </p>
      );
  }
}
