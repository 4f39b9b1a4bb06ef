import { useCallback, useMemo } from 'preact/hooks';
import type { DraftValue, FormContext } from '../fields/contract.ts';
import { itemKey } from '../fields/drafts.ts';
import { itemsOnlyInCrm } from '../fields/send-data.ts';
import type { EditorServices } from '../crm/editor-services.ts';
import { msg } from '../i18n/message.ts';
import { describeError } from './describe-error.ts';
import { FinishInCrm } from './finish-in-crm.tsx';
import { FormButtons } from './form-buttons.tsx';
import { FormProblem } from './form-problem.tsx';
import { FormProgress } from './form-progress.tsx';
import { readOnlyValues, RowGroup, type RowsProps } from './form-row-group.tsx';
import { useT } from './i18n-context.ts';
import { labelOf } from './item-label.ts';
import { liveForm, type LiveForm } from './live-form.ts';
import { useTouchAfterPointer } from './use-touch-after-pointer.ts';
import { SLICE, useRenderSlices } from './use-render-slices.ts';
import type { FormLife, FormState, DraftsForm } from './widget-state.ts';
import formCss from './transition-form.css?inline';
import { addStyle } from './add-style.ts';

// This chunk's own CSS, added when the chunk loads (add-style.ts says why it is not a file).
addStyle(formCss);

/** Callbacks of the form; stable across renders, so unchanged rows skip re-rendering while the rep types. */
export interface FormHandlers {
  onEdit: (key: string, value: DraftValue) => void;
  onTouch: (key: string) => void;
  onSubmit: (mode: 'complete' | 'partial') => void;
  onCancel: () => void;
  /** Opens the record in the CRM, for a transition only the CRM can finish; absent where there is no record (bulk). */
  onOpenInCrm?: () => void;
}

/** Optional extras of the form, for bulk mode (issue 11): a note beside some fields, and no partial save. */
export interface FormExtras {
  /** A short note shown beside the field with this key (bulk mode: "Values differ: left empty"). */
  fieldNotes?: Record<string, string>;
  /** False hides "Save progress" (bulk mode sends complete transitions only). */
  partialSave?: boolean;
}

/** A form whose values are in: the record's open form once started, or a form over drafts (bulk mode). */
export type ShownForm = (FormState & { values: LiveForm }) | DraftsForm;

/** How a form over drafts lives here: always being edited. */
const EDITING: FormLife = { is: 'editing', saved: null };

/** The open transition's items, inline under its action, with what is missing and the buttons that send it. */
export function TransitionForm(
  props: { form: ShownForm; ctx: FormContext; services: EditorServices; handlers: FormHandlers } & FormExtras,
) {
  const tr = useT();
  const { form, ctx, handlers } = props;
  const transition = form.transition;
  // A form over drafts (bulk mode) gets live values of its own, once per transition; the record's form has its own.
  // Started from the drafts as they are then: later keystrokes are the live form's own, not a reason to restart it.
  const own = useMemo(
    () => ('drafts' in form ? liveForm(transition.id, transition.items, form.drafts, ctx, form.initial) : null),
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [transition, ctx],
  );
  const live = own ?? (form as FormState & { values: LiveForm }).values;
  const life = 'life' in form ? form.life : EDITING;
  const restored = 'restored' in form && typeof form.restored === 'object' ? form.restored : null;
  const readOnly = useMemo(() => readOnlyValues(transition, ctx), [transition, ctx]);
  const error = life.is === 'failed' || life.is === 'waiting' ? life.error : null;
  // Kept while the send error stays: the groups of rows re-render only when something they show changed.
  const blame = useMemo(
    () =>
      error?.kind === 'api' && error.fieldApiName !== null ? { key: error.fieldApiName, text: error.message } : null,
    [error],
  );
  const sendError = error ? describeError(error) : null;
  const sending = life.is === 'sending' || life.is === 'waiting' ? life.mode : null;
  // Items only the CRM can fill (finish-in-crm.tsx): Complete is blocked, the reason said, the record one click away.
  // Those are items the rep cannot edit here, so the values as the form started tell.
  const inCrm = useMemo(() => itemsOnlyInCrm(transition.items, live.typed()), [live, transition]);
  const formId = `form-${transition.id}`;
  const onTouch = useTouchAfterPointer(handlers.onTouch);
  const edited = handlers.onEdit;
  const onEdit = useCallback(
    (key: string, value: DraftValue) => {
      live.set(key, value);
      edited(key, value);
    },
    [live, edited],
  );
  const shown = useRenderSlices(transition.items.length, transition.id);
  const rows: RowsProps = {
    items: transition.items,
    live,
    formId,
    readOnly,
    touched: form.touched,
    showAllErrors: form.showAllErrors,
    blame,
    notes: props.fieldNotes,
    disabled: sending !== null,
    ctx,
    services: props.services,
    onEdit,
    onTouch,
  };
  const groups: number[] = [];
  for (let from = 0; from < shown; from += SLICE) groups.push(from);
  const dropped = restored?.dropped ?? [];
  return (
    <form
      class="form"
      id={formId}
      aria-label={transition.name}
      aria-busy={sending !== null}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        handlers.onSubmit('complete');
      }}
    >
      {restored && (
        <p class="banner banner--info">{tr(restored.unanswered ? 'form.unansweredBefore' : 'form.restored')}</p>
      )}
      {dropped.length > 0 && (
        <p class="banner banner--info">
          {tr('form.restoredDropped', {
            count: dropped.length,
            items: transition.items
              .filter((i) => dropped.includes(itemKey(i) ?? ''))
              .map((i) => labelOf(i, tr))
              .join(', '),
          })}
        </p>
      )}
      <FormProgress live={live} transition={transition} savedNow={life.is === 'editing' && life.saved !== null} />
      {transition.items.length === 0 && <p class="item item--note">{tr('form.nothingAsked')}</p>}
      {/*
        Rows in groups of SLICE, past SLICE items one group a frame (use-render-slices.ts). Each group is built
        whole before it joins the form: Chromium's work per form control joining a form in the page grows with
        the form's controls, so rows added one by one to a long form made opening it quadratic.
      */}
      {groups.map((from) => (
        <RowGroup key={from} from={from} to={Math.min(shown, from + SLICE)} {...rows} />
      ))}
      {life.is === 'broken' && (
        <FormProblem
          title={tr('errors.prepare.title')}
          text={tr('errors.prepare.fix')}
          details={[{ label: msg('details.error'), value: life.detail }]}
        />
      )}
      {inCrm.length > 0 && (
        <FinishInCrm
          formId={formId}
          names={inCrm.map((b) => labelOf(b.item, tr))}
          onOpen={handlers.onOpenInCrm}
          disabled={sending !== null}
        />
      )}
      {sendError &&
        (life.is === 'waiting' ? (
          <FormProblem
            title={tr('form.unanswered.title')}
            text={tr('form.unanswered.text', { name: transition.name })}
            details={sendError.details}
            waiting
          />
        ) : (
          <FormProblem
            title={tr(sendError.title)}
            text={sendError.fix && tr(sendError.fix)}
            details={sendError.details}
          />
        ))}
      <FormButtons
        live={live}
        name={transition.name}
        formId={formId}
        sending={sending}
        saved={life.is === 'editing' ? life.saved : null}
        inCrm={inCrm.length > 0}
        retry={sendError?.retry === true && life.is !== 'waiting'}
        partialSave={props.partialSave !== false}
        onSubmit={handlers.onSubmit}
        onCancel={handlers.onCancel}
      />
    </form>
  );
}
