import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CrmClient, ModuleField } from '../../crm/crm-client.ts';
import type { DraftValue } from '../../fields/contract.ts';
import { initialValue } from '../../fields/drafts.ts';
import type { StepperData } from '../../stepper/stepper-data.ts';
import { sessionKeyFieldDrafts } from '../../storage/key-field-drafts.ts';
import { storageOrNull } from '../../storage/kept-text.ts';
import { addStyle } from '../add-style.ts';
import { useT } from '../i18n-context.ts';
import { KeyFieldRow } from './key-field-row.tsx';
import { currentStage, keyFieldItems } from './key-fields-model.ts';
import css from './key-fields.css?inline';

// Carried as text: this chunk loads after the first screen (src/ui/add-style.ts).
addStyle(css);

/** What the rep typed into key fields and has not saved: the CRM tab's session storage, where the browser allows. */
const drafts = sessionKeyFieldDrafts(storageOrNull('sessionStorage'));

/**
 * The current stage's key fields (issue 25), shown with the path before any transition is chosen, each with its
 * value and edited in place. Its values come from the record read for the header's name (no call of its own on
 * the first screen); its labels, types and editors from the module's field list, asked for after the first
 * screen. When the record moves to another stage (a transition), the record is read again for that stage's values.
 */
export function KeyFieldsPanel(props: { data: StepperData; client: CrmClient }) {
  const t = useT();
  const { data, client } = props;
  const [fields, setFields] = useState<ModuleField[] | null>(null);
  useEffect(() => {
    let live = true;
    void data.fields.then((f) => live && setFields(f));
    return () => {
      live = false;
    };
  }, [data.fields]);
  const stage = currentStage(data)?.value ?? null;
  const [read, setRead] = useState({ stage, values: data.values });
  // The first screen's values are the stage's it was read in; another stage reads the record again.
  useEffect(() => {
    if (stage === read.stage) return;
    const controller = new AbortController();
    client.getRecord(data.record, { signal: controller.signal }).then(
      (r) => setRead({ stage, values: r.values }),
      () => setRead({ stage, values: null }),
    );
    return () => controller.abort();
  }, [stage, read.stage, client, data.record]);
  const items = useMemo(() => (fields ? keyFieldItems(data, fields) : []), [fields, data]);
  // Values saved here in this stage, shown as the rep typed them (a lookup keeps its name, which the CRM's answer
  // does not repeat); another stage reads the record again.
  const [saved, setSaved] = useState<Record<string, DraftValue>>({});
  const values = read.stage === stage ? read.values : null;
  if (items.length === 0 || values === null) return null;
  return (
    <section class="key-fields" aria-labelledby="key-fields-title">
      <h2 id="key-fields-title" class="key-fields__title">
        {t('form.keyFields.title')}
      </h2>
      <ul class="key-fields__list">
        {items.map((item) => (
          <KeyFieldRow
            key={`${stage}:${item.apiName}`}
            item={item}
            value={
              `${stage}:${item.apiName}` in saved
                ? saved[`${stage}:${item.apiName}`]!
                : initialValue(item, values, data.context.formats)
            }
            record={data.record}
            client={client}
            ctx={data.context}
            drafts={drafts}
            onSaved={(value) => setSaved((s) => ({ ...s, [`${stage}:${item.apiName}`]: value }))}
          />
        ))}
      </ul>
    </section>
  );
}
