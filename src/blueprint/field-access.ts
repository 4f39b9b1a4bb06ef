import type { Blueprint, FieldItem, FormItem, Transition } from './model.ts';

/** The key of `FieldItem.profileAccess` that applies to every profile (a field the layout never shows). */
export const ANY_PROFILE = '*';

/**
 * The blueprint as the current user's profile sees it (docs/blueprint-api.md, "Field permissions"): a field
 * hidden from the profile is dropped (neither shown nor sent), a read-only one is shown read-only (and so never
 * sent). A profile the field does not list, or an unknown profile, keeps the field as decoded.
 */
export function forProfile(blueprint: Blueprint, profileId: string | null): Blueprint {
  return { ...blueprint, transitions: blueprint.transitions.map((t) => transitionForProfile(t, profileId)) };
}

function transitionForProfile(transition: Transition, profileId: string | null): Transition {
  const items: FormItem[] = [];
  for (const item of transition.items) {
    const shown = item.kind === 'field' ? fieldForProfile(item, profileId) : item;
    if (shown) items.push(shown);
  }
  return { ...transition, items };
}

/** One field as the profile sees it: null when hidden from it, read-only when it may only view it. */
export function fieldForProfile(item: FieldItem, profileId: string | null): FieldItem | null {
  const access = accessOf(item, profileId);
  if (access === 'hidden') return null;
  return access === 'read_only' && !item.readOnly ? { ...item, readOnly: true, readOnlyForProfile: true } : item;
}

function accessOf(field: FieldItem, profileId: string | null): string | undefined {
  const byProfile = field.profileAccess ?? {};
  return (profileId !== null ? byProfile[profileId] : undefined) ?? byProfile[ANY_PROFILE];
}
