import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { addStyle } from './add-style.ts';
import css from './path-tools.css?inline';

addStyle(css);

/** 1 where the page reads left to right, -1 right to left. */
const flip = (el: Element) => (getComputedStyle(el).direction === 'rtl' ? -1 : 1);

/**
 * What the path does beyond its look (src/ui/stepper-path.tsx), imported once the path shows (in the chunk of what
 * loads right after the first screen), so the first screen carries none of it (docs/architecture.md, "The path"):
 * - when its stages overflow the row, a button at each end scrolls it (for a pointer; from the keyboard the arrow
 *   keys go from stage to stage, as in a tab list, and the row follows the focus), and the current stage is kept
 *   in view, in the middle where it can be;
 * - a tooltip under the stage hovered or focused gives its whole name and its details (the words its accessible
 *   name ends with), over what follows: it moves nothing.
 * It is rendered in the path's block, and follows the path's stages as they change (the whole path opened, the
 * record moved on).
 */
export function PathTools() {
  const [tip, setTip] = useState<{ text: string; x: number; y: number } | null>(null);
  // Where the row is, while it overflows: the buttons stand at its ends.
  const [over, setOver] = useState<{ top: number; height: number } | null>(null);
  const tipBox = useRef<HTMLDivElement>(null);
  const own = useRef<HTMLDivElement>(null);
  const path = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    const block = own.current!.parentElement!;
    const row = (path.current = block.querySelector('ol')!);
    const fit = () => {
      const scrolls = row.scrollWidth > row.clientWidth + 1;
      block.toggleAttribute('data-over', scrolls);
      setOver(scrolls ? { top: row.offsetTop, height: row.offsetHeight } : null);
      const current = row.querySelector('[aria-current]');
      if (current) {
        const a = current.getBoundingClientRect();
        const b = row.getBoundingClientRect();
        row.scrollLeft += a.left + a.width / 2 - b.left - b.width / 2;
      }
    };
    const show = (e: Event) => {
      const li = (e.target as Element).closest('li');
      const a = li?.getBoundingClientRect();
      const b = block.getBoundingClientRect();
      setTip(
        li && a
          ? {
              text: li.querySelector('bdi')!.textContent! + li.lastChild!.textContent!,
              x: a.left + a.width / 2 - b.left,
              y: a.bottom - b.top,
            }
          : null,
      );
    };
    const hide = () => setTip(null);
    // Left and right go to the stage on that side (skipping those the compact path hides), Home and End to the ends.
    const keys = (e: KeyboardEvent) => {
      const li = (e.target as Element).closest('li');
      const list = li?.parentElement;
      let to: Element | null | undefined =
        e.key === 'Home' ? list?.firstElementChild : e.key === 'End' ? list?.lastElementChild : null;
      if (li && /^Arrow(Left|Right)$/.test(e.key)) {
        const forward = (e.key === 'ArrowRight') === flip(li) > 0;
        to = li;
        do to = forward ? to.nextElementSibling : to.previousElementSibling;
        while (to && !(to as HTMLElement).offsetWidth);
      }
      if (li && to) {
        (to as HTMLElement).focus();
        e.preventDefault();
      }
    };
    const on: [EventTarget, string, (e: never) => void][] = [
      [block, 'mouseover', show],
      [block, 'mouseleave', hide],
      [block, 'focusin', show],
      [block, 'focusout', hide],
      [block, 'keydown', keys],
      [row, 'scroll', hide],
    ];
    for (const [target, type, f] of on) target.addEventListener(type, f as EventListener);
    // A stage hovered or focused before this code came gets its tooltip now.
    const now = block.querySelector('li:hover, li:focus');
    if (now) show({ target: now } as unknown as Event);
    const resized = new ResizeObserver(fit);
    resized.observe(row);
    const changed = new MutationObserver(fit);
    changed.observe(row, { subtree: true, childList: true, attributes: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
      for (const [target, type, f] of on) target.removeEventListener(type, f as EventListener);
    };
  }, []);

  // The tooltip stays in the popup: centred under its stage, moved in from an edge it would pass.
  useLayoutEffect(() => {
    const box = tipBox.current;
    if (box && tip) {
      box.style.top = `${tip.y + 6}px`;
      box.style.left = `${Math.max(0, Math.min(tip.x - box.offsetWidth / 2, own.current!.parentElement!.clientWidth - box.offsetWidth))}px`;
    }
  }, [tip]);

  // Towards the start (-1) or the end (1): most of a row's width, in physical pixels (right to left too).
  const row = path.current!;
  const end = (by: -1 | 1) =>
    over && (
      <button
        type="button"
        class={`path__scroll path__scroll--${by < 0 ? 'start' : 'end'}`}
        tabIndex={-1}
        aria-hidden="true"
        style={{ top: `${over.top}px`, height: `${over.height}px` }}
        onClick={() => row.scrollBy(by * flip(row) * row.clientWidth * 0.7, 0)}
      >
        <span class="arrow">{by < 0 ? '‹' : '›'}</span>
      </button>
    );
  return (
    <div ref={own}>
      {end(-1)}
      {end(1)}
      {tip && (
        <div class="path__tip" ref={tipBox} aria-hidden="true">
          {tip.text}
        </div>
      )}
    </div>
  );
}
