/** Text to show, as a key into the translation files and the values it names. Domain code returns these. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** A message. */
export function msg(key: string, params?: Record<string, string | number>): Message {
  return params ? { key, params } : { key };
}
