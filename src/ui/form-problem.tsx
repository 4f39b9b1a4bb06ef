import type { DetailLine } from './describe-error.ts';
import { ErrorDetails } from './error-details.tsx';

/**
 * Why the form's last send did not go through, above or below its buttons: a title, what to do, and the codes
 * under Details. `waiting`: the send has no answer yet and may still succeed (a calmer look).
 */
export function FormProblem(props: { title: string; text: string | null; details: DetailLine[]; waiting?: boolean }) {
  return (
    <div class={props.waiting ? 'form__error form__error--waiting' : 'form__error'} role="alert">
      <p class="form__error-title">{props.title}</p>
      {props.text && <p>{props.text}</p>}
      <ErrorDetails lines={props.details} />
    </div>
  );
}
