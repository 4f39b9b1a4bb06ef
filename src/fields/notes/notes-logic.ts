import type { NotesItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { KindLogic } from '../contract.ts';
import { readText, showsNothing } from '../text/text-logic.ts';

/** A note the transition may require; sent trimmed. */
export const logic: KindLogic<NotesItem, string> = {
  read: readText,
  check: (item, value) => (item.required && showsNothing(value) ? msg('check.notesRequired') : null),
  encode: (_item, value) => value.trim(),
};
