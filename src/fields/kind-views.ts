import type { FormItem } from '../blueprint/model.ts';
import type { DraftValue } from './contract.ts';
import { folderOf, type KindName } from './registry.ts';
import type { KindView } from './view-contract.ts';

/**
 * Every kind's editor and read-only view, found by folder: `<kind>/<kind>-view.tsx` exports `view`. Only the
 * transition form imports it, so the editors load in the form's own chunk.
 */
const VIEWS = new Map(
  Object.entries(import.meta.glob<KindView<FormItem, DraftValue>>('./*/*-view.tsx', { eager: true, import: 'view' })).map(([path, view]) => [folderOf(path), view]),
);

/** A kind's editor and read-only view; throws for a kind with no folder (the registry test prevents that). */
export function viewOf(kind: KindName): KindView<FormItem, DraftValue> {
  const view = VIEWS.get(kind);
  if (!view) throw new Error(`No view module for the field kind ${kind}`);
  return view;
}
