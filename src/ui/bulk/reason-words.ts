import type { SendReason } from '../../flow/bulk-flow.ts';

/** The translation key of each plain reason a record was not moved. */
export const REASON_KEYS: Record<SendReason, string> = {
  locked: 'bulk.reason.locked',
  'no-permission': 'bulk.reason.noPermission',
  field: 'bulk.reason.field',
  gone: 'bulk.reason.gone',
  partial: 'bulk.reason.partial',
  other: 'bulk.reason.refused',
};
