import { existsInZone, parseUserDate, parseUserDateTime, toIsoWithOffset } from '../../blueprint/date-parse.ts';
import type { FieldItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { KindLogic } from '../contract.ts';
import { readText } from '../text/text-logic.ts';

/** Dates read in the user's format; sent as `yyyy-MM-dd`, date-times as ISO with the user's offset. */
export const logic: KindLogic<FieldItem, string> = {
  read: readText,
  check(field, value, ctx) {
    const label = field.label;
    const text = value.trim();
    if (field.type === 'datetime') {
      const local = parseUserDateTime(text, ctx.formats);
      if (local === null)
        return msg('check.datetime', { label, pattern: `${ctx.formats.dateFormat} ${ctx.formats.timeFormat}` });
      // A time the clocks skip would reach the CRM as another time (02:30 as 01:30): refused, saying why.
      if (!existsInZone(local, ctx.formats.timeZone)) return msg('check.timeGap', { label, time: text });
      return null;
    }
    return parseUserDate(text, ctx.formats) === null
      ? msg('check.date', { label, pattern: ctx.formats.dateFormat })
      : null;
  },
  encode(field, value, ctx) {
    const text = value.trim();
    if (field.type !== 'datetime') return parseUserDate(text, ctx.formats) ?? undefined;
    const local = parseUserDateTime(text, ctx.formats);
    return local ? toIsoWithOffset(local, ctx.formats.timeZone) : undefined;
  },
};
