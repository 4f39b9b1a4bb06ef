/** A storage whose every use throws, as a browser that refuses a third-party frame its storage. */
export const refusedStorage = {
  getItem: refuse,
  setItem: refuse,
  removeItem: refuse,
  key: refuse,
  clear: refuse,
  get length(): number {
    return refuse();
  },
} as unknown as Storage;

function refuse(): never {
  throw new DOMException('denied', 'SecurityError');
}
