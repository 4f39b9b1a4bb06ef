import type { FormItem } from '../blueprint/model.ts';
import type { DraftValue, KindLogic } from './contract.ts';
import { folderOf, type KindName } from './registry.ts';

/**
 * Every kind's check and encoding, found by folder: `<kind>/<kind>-logic.ts` exports `logic`. Domain code (no
 * Preact); the send path imports it, so it loads in the transition form's chunk, after the first screen.
 */
const LOGIC = new Map(
  Object.entries(import.meta.glob<KindLogic<FormItem, DraftValue>>('./*/*-logic.ts', { eager: true, import: 'logic' })).map(([path, logic]) => [folderOf(path), logic]),
);

/** A kind's check and encoding; throws for a kind with no folder (the registry test prevents that). */
export function logicOf(kind: KindName): KindLogic<FormItem, DraftValue> {
  const logic = LOGIC.get(kind);
  if (!logic) throw new Error(`No logic module for the field kind ${kind}`);
  return logic;
}
