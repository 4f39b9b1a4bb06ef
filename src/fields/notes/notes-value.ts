import type { NotesItem } from '../../blueprint/model.ts';
import { str } from '../../blueprint/read-json.ts';
import type { KindValue } from '../contract.ts';

/** The transition's note: what an earlier partial save kept, or nothing. */
export const value: KindValue<NotesItem, string> = {
  initial: (_item, data) => str(data.Notes) ?? '',
};
