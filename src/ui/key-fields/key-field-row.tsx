import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FieldItem } from '../../blueprint/model.ts';
import type { CrmClient, RecordRef } from '../../crm/crm-client.ts';
import type { CrmError } from '../../crm/crm-error.ts';
import { editorServicesOf } from '../../crm/editor-services.ts';
import type { DraftValue, FormContext } from '../../fields/contract.ts';
import { editsKeyField } from '../../fields/key-field.ts';
import { logicOf } from '../../fields/kind-logic.ts';
import { viewOf } from '../../fields/kind-views.ts';
import { kindOf } from '../../fields/registry.ts';
import { saveKeyField, type KeyFieldSave } from '../../flow/save-key-field.ts';
import { msg, type Message } from '../../i18n/message.ts';
import type { KeyFieldDrafts } from '../../storage/key-field-drafts.ts';
import { describeError } from '../describe-error.ts';
import { ErrorDetails } from '../error-details.tsx';
import { useT } from '../i18n-context.ts';

/**
 * One key field's life: shown, edited (what the rep typed, its check's problem or the CRM's refusal), saving,
 * or sent with no answer yet (nothing more is sent until it answers). `saved` says so beside the field.
 */
type RowState =
  | { mode: 'view'; saved: boolean }
  | {
      mode: 'edit';
      draft: DraftValue;
      problem: Message | null;
      error: CrmError | null;
      /** Brought back from an earlier popup; `unanswered`: its save had no answer when that popup went. */
      restored: false | 'kept' | 'unanswered';
    }
  | { mode: 'saving'; draft: DraftValue }
  | { mode: 'unanswered'; draft: DraftValue; error: CrmError };

/** The CRM's refusal in the rep's words: a field the blueprint owns at this stage has words of its own. */
function refusalWords(error: CrmError, label: string) {
  const words = describeError(error);
  return error.kind === 'api' && error.code === 'RECORD_IN_BLUEPRINT'
    ? { ...words, title: msg('form.keyFields.inBlueprint', { label }), fix: null }
    : words;
}

/**
 * A key field with its value; an Edit button opens its kind's editor in place, Save sends that field alone
 * (flow/save-key-field.ts). What the rep typed is kept (KeyFieldDrafts) until the CRM takes it: a refusal, a
 * closed popup or a reload brings it back.
 */
export function KeyFieldRow(props: {
  item: FieldItem;
  value: DraftValue;
  record: RecordRef;
  client: CrmClient;
  ctx: FormContext;
  drafts: KeyFieldDrafts;
  onSaved: (value: DraftValue) => void;
}) {
  const t = useT();
  const { item, record, drafts } = props;
  const kind = kindOf(item) ?? 'other';
  const view = viewOf(kind);
  const logic = logicOf(kind);
  const editable = editsKeyField(item) && view.Editor !== null;
  const [state, setState] = useState<RowState>(() => {
    const kept = editable ? drafts.load(record, item.apiName) : undefined;
    return kept === undefined
      ? { mode: 'view', saved: false }
      : {
          mode: 'edit',
          draft: kept,
          problem: null,
          error: null,
          restored: drafts.unanswered(record, item.apiName) ? 'unanswered' : 'kept',
        };
  });
  const services = useMemo(() => editorServicesOf(props.client), [props.client]);
  const live = useRef(new AbortController());
  useEffect(() => () => live.current.abort(), []);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEdit = useRef(false);
  // Where the focus goes when the row changes over: the Edit button after a save or cancel, the editor after Edit
  // (the button it was on is gone). Reset only once it focused: an earlier render's effect (the 'saving' one) may
  // run after a quick answer set it.
  const focusEditor = useRef(false);
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (state.mode === 'view' && focusEdit.current) {
      focusEdit.current = false;
      editButton.current?.focus();
    } else if (state.mode === 'edit' && focusEditor.current) {
      focusEditor.current = false;
      row.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
  }, [state.mode]);

  const id = `key-field-${item.apiName}`;
  const shown = (value: DraftValue) => view.shown(item, logic.read(value), props.ctx, t) || '—';

  const settle = (out: KeyFieldSave, draft: DraftValue) => {
    if (live.current.signal.aborted) return;
    switch (out.kind) {
      case 'saved':
        drafts.clear(record, item.apiName);
        props.onSaved(draft);
        focusEdit.current = true;
        setState({ mode: 'view', saved: true });
        return;
      case 'invalid':
        drafts.markUnanswered(record, item.apiName, false);
        setState({ mode: 'edit', draft, problem: out.problem, error: null, restored: false });
        return;
      case 'failed':
        drafts.markUnanswered(record, item.apiName, false);
        setState({ mode: 'edit', draft, problem: null, error: out.error, restored: false });
        return;
      case 'unanswered':
        drafts.markUnanswered(record, item.apiName, true);
        setState({ mode: 'unanswered', draft, error: out.error });
        void out.late.then((late) => settle(late, draft));
    }
  };
  const save = (draft: DraftValue) => {
    setState({ mode: 'saving', draft });
    saveKeyField(props.client, record, item, draft, props.ctx, live.current.signal).then(
      (out) => settle(out, draft),
      () => undefined,
    );
  };

  if (state.mode === 'view' || !editable) {
    return (
      <li class="key-field">
        <span class="key-field__label" id={`${id}-label`}>
          <bdi>{item.label}</bdi>
        </span>
        <span class="key-field__value" dir="auto">
          {shown(props.value)}
        </span>
        {editable ? (
          <button
            ref={editButton}
            type="button"
            class="button button--quiet key-field__edit"
            aria-label={t('form.keyFields.editField', { label: item.label })}
            onClick={() => {
              focusEditor.current = true;
              setState({ mode: 'edit', draft: props.value, problem: null, error: null, restored: false });
            }}
          >
            {t('form.keyFields.edit')}
          </button>
        ) : (
          <span class="key-field__note">
            {t(item.readOnlyForProfile ? 'form.readOnlyForProfile' : 'form.keyFields.readOnly')}
          </span>
        )}
        <span class="key-field__status" role="status">
          {state.mode === 'view' && state.saved ? t('form.keyFields.saved') : ''}
        </span>
      </li>
    );
  }

  const Editor = view.Editor!;
  const busy = state.mode !== 'edit';
  const problem = state.mode === 'edit' ? state.problem : null;
  const refusal = state.mode === 'edit' && state.error ? refusalWords(state.error, item.label) : null;
  const waiting = state.mode === 'unanswered';
  const describedBy = problem || refusal || waiting ? `${id}-problem` : undefined;
  const edit = (draft: DraftValue) => {
    drafts.save(record, item.apiName, draft);
    setState({ mode: 'edit', draft, problem: null, error: null, restored: false });
  };
  const cancel = () => {
    drafts.clear(record, item.apiName);
    focusEdit.current = true;
    setState({ mode: 'view', saved: false });
  };
  return (
    <li class="key-field key-field--editing" ref={row}>
      <form
        class="key-field__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) save(state.draft);
        }}
      >
        <label class="key-field__label" id={`${id}-label`} for={`${id}-input`}>
          <bdi>{item.label}</bdi>
        </label>
        <div class="key-field__editor">
          <Editor
            item={item}
            value={logic.read(state.draft)}
            ctx={props.ctx}
            inputId={`${id}-input`}
            labelId={`${id}-label`}
            describedBy={describedBy}
            invalid={problem !== null || refusal !== null}
            disabled={busy}
            services={services}
            onChange={edit}
            onBlur={() => undefined}
          />
        </div>
        {state.mode === 'edit' && state.restored && (
          <p class="key-field__hint">
            {t(state.restored === 'unanswered' ? 'form.keyFields.unansweredBefore' : 'form.restored')}
          </p>
        )}
        {problem && (
          <p class="item__error" id={`${id}-problem`}>
            {t(problem)}
          </p>
        )}
        {refusal && (
          <div class="form__error" id={`${id}-problem`} role="alert">
            <p class="form__error-title">{t(refusal.title)}</p>
            {refusal.fix && <p>{t(refusal.fix)}</p>}
            <p>{t('form.keyFields.kept')}</p>
            <ErrorDetails lines={refusal.details} />
          </div>
        )}
        {waiting && (
          <div class="form__error form__error--waiting" id={`${id}-problem`} role="alert">
            <p class="form__error-title">{t('form.unanswered.title')}</p>
            <p>{t('form.keyFields.unanswered')}</p>
          </div>
        )}
        <div class="key-field__actions">
          <button type="submit" class="button button--primary" disabled={busy}>
            {t('form.keyFields.save')}
          </button>
          <button type="button" class="button button--quiet" disabled={busy} onClick={cancel}>
            {t('action.cancel')}
          </button>
          <span class="key-field__status" role="status">
            {state.mode === 'saving' ? t('form.keyFields.saving') : ''}
          </span>
        </div>
      </form>
    </li>
  );
}
