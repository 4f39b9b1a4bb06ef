/** Multi-line text is checked and sent like single-line text (its length; no shape). */
export { logic } from '../text/text-logic.ts';
