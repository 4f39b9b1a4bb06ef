import type { FormItem } from '../blueprint/model.ts';
import type { DraftValue, KindLogic } from './contract.ts';
import { byFolder } from './registry.ts';

/**
 * A kind's check and encoding: `<kind>/<kind>-logic.ts` exports it as `logic`. Domain code (no Preact); the
 * send path imports it, so it loads in the transition form's chunk, after the first screen.
 */
export const logicOf = byFolder(
  import.meta.glob<KindLogic<FormItem, DraftValue>>('./*/*-logic.ts', { eager: true, import: 'logic' }),
);
