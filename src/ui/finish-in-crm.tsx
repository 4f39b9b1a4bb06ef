import { useT } from './i18n-context.ts';

/**
 * The note of a transition only the CRM can finish (issue 10 part 5, issue 12 part 2): a required item the
 * widget cannot fill (a nested widget, a subform, a field read-only for this user). It names the items, and
 * offers to open the record in the CRM; the form's Complete button points here for its reason.
 */
export function FinishInCrm(props: {
  formId: string;
  /** The items' names, as the form shows them. */
  names: string[];
  onOpen: (() => void) | undefined;
  disabled: boolean;
}) {
  const tr = useT();
  const names = props.names.map((n) => n || tr('form.finishInCrmItem')).join(', ');
  return (
    <div class="banner banner--info form__in-crm">
      <p id={`${props.formId}-in-crm`}>{tr('form.finishInCrm', { items: names })}</p>
      {props.onOpen && (
        <button type="button" class="button" onClick={props.onOpen} disabled={props.disabled}>
          {tr('action.openInCrm')}
        </button>
      )}
    </div>
  );
}
