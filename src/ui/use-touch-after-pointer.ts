import { useCallback, useEffect, useRef } from 'preact/hooks';

/**
 * Leaving a field can show its error, which pushes the buttons below it down. When the rep leaves a field by
 * pressing a button, that shift would move the button from under the pointer between press and release and
 * swallow the click; so while a pointer is down, the touch waits for the pointer to come up and the click to land.
 */
export function useTouchAfterPointer(onTouch: (key: string) => void): (key: string) => void {
  const pressed = useRef(false);
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const down = () => (pressed.current = true);
    const up = () => {
      pressed.current = false;
      const keys = pending.current;
      pending.current = [];
      if (keys.length > 0) setTimeout(() => keys.forEach(onTouch), 0);
    };
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    document.addEventListener('pointercancel', up, true);
    return () => {
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
      document.removeEventListener('pointercancel', up, true);
    };
  }, [onTouch]);
  return useCallback((key: string) => (pressed.current ? pending.current.push(key) : onTouch(key)), [onTouch]);
}
