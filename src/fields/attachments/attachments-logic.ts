import type { AttachmentsItem } from '../../blueprint/model.ts';
import { msg } from '../../i18n/message.ts';
import type { AttachmentsDraft, KindLogic } from '../contract.ts';

/**
 * A web address, with or without its scheme: Zoho's "Update Blueprint" sample attaches `"$link_url":
 * "www.zoho.com"` (docs/blueprint-api.md), so a link the rep types that way is sent as typed.
 */
const URL_LINK = /^(https?:\/\/)?[^\s./]+(\.[^\s./]+)+([/?#]\S*)?$/i;

/** Files and links; links must be web addresses; sent as `[{$file_id: [...]}, {$link_url}, …]`. */
export const logic: KindLogic<AttachmentsItem, AttachmentsDraft> = {
  read: (value) => (value && typeof value === 'object' && 'files' in value ? value : { files: [], links: [] }),
  check(item, value) {
    const bad = value.links.find((l) => !URL_LINK.test(l));
    if (bad !== undefined) return msg('check.badLink', { link: bad });
    return item.required && value.files.length === 0 && value.links.length === 0
      ? msg('check.attachmentsRequired')
      : null;
  },
  encode(_item, value) {
    const out: unknown[] = [];
    if (value.files.length > 0) out.push({ $file_id: value.files.map((f) => f.id) });
    for (const link of value.links) out.push({ $link_url: link.trim() });
    return out;
  },
};
