import type { AttachmentsItem } from '../../blueprint/model.ts';
import type { AttachmentsDraft, KindValue } from '../contract.ts';

/** Attachments start empty: the blueprint answer lists none already attached. */
export const value: KindValue<AttachmentsItem, AttachmentsDraft> = {
  initial: () => ({ files: [], links: [] }),
};
