/** Multi-line text starts like single-line text. */
export { value } from '../text/text-value.ts';
