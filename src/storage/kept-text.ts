/**
 * Text kept by key where the browser lets the widget's frame have storage, with a copy in memory for the page's
 * life: storage that is missing or throws (a third-party frame with storage blocked, a full quota) loses nothing
 * while the popup stays open. The draft stores (draft-store.ts, key-field-drafts.ts) keep what the rep typed on it.
 */
export interface KeptText {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
  /** Every key starting with `prefix`, in memory and in storage. */
  keys(prefix: string): string[];
  /** Whether the browser refused the storage (missing, or it threw): the text then lives only in memory. */
  refused(): boolean;
}

/** A storage, if the browser lets the widget's frame have it (a cross-site frame may be refused, even reading it throws). */
export function storageOrNull(kind: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return window[kind];
  } catch {
    return null;
  }
}

/** KeptText on `storage` (null: memory only). */
export function keptText(storage: Storage | null): KeptText {
  const memory = new Map<string, string>();
  let refused = storage === null;
  const attempt = <T>(fn: (s: Storage) => T, fallback: T): T => {
    if (!storage) return fallback;
    try {
      return fn(storage);
    } catch {
      refused = true;
      return fallback;
    }
  };
  return {
    read: (k) => memory.get(k) ?? attempt((s) => s.getItem(k), null),
    write: (k, value) => {
      memory.set(k, value);
      // The earlier copy goes first: a write the browser then refuses (a full quota) leaves nothing a reopened
      // popup would bring back as the newest text, so a reopen finds the newest text or nothing (issue 21).
      attempt((s) => {
        s.removeItem(k);
        s.setItem(k, value);
      }, undefined);
    },
    remove: (k) => {
      memory.delete(k);
      attempt((s) => s.removeItem(k), undefined);
    },
    keys: (prefix) => {
      const keys = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
      attempt((s) => {
        for (let i = 0; i < s.length; i += 1) {
          const k = s.key(i);
          if (k?.startsWith(prefix)) keys.add(k);
        }
      }, undefined);
      return [...keys];
    },
    refused: () => refused,
  };
}
