/**
 * Adds a lazily loaded chunk's CSS to the page when the chunk runs. The chunk carries its CSS as text
 * (`import css from './x.css?inline'`) rather than as a file Vite loads beside it: a CSS file beside a lazy
 * chunk makes Vite put its preload helper (≈1.3 KB gzipped) in the first chunk, to load that file.
 */
export function addStyle(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
