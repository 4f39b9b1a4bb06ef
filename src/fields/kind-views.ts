import type { FormItem } from '../blueprint/model.ts';
import type { DraftValue } from './contract.ts';
import { byFolder } from './registry.ts';
import type { KindView } from './view-contract.ts';

/**
 * A kind's editor and read-only view: `<kind>/<kind>-view.tsx` exports it as `view`. Only the transition form
 * imports it, so the editors load in the form's own chunk.
 */
export const viewOf = byFolder(
  import.meta.glob<KindView<FormItem, DraftValue>>('./*/*-view.tsx', { eager: true, import: 'view' }),
);
