import type { StepperData } from '../stepper/stepper-data.ts';
import { unavailableTransitions, unpackDefinition } from '../settings/process-definition.ts';
import { useT } from './i18n-context.ts';

/**
 * What the blueprint's definition adds under the path, loaded after the stepper shows (stepper-view.tsx): the
 * transitions from the current stage the CRM did not offer this user, quietly, each with who may do it; a current
 * stage the definition lacks, said in words (the path marks it). For administrators without a definition, the
 * admins' note says how to get one (admin-note.tsx). Texts are the form's (`form.process.*`), which come with this chunk.
 */
export function ProcessNotes(props: { data: StepperData }) {
  const t = useT();
  const { data } = props;
  const { settings } = data;
  const definition = data.definition && unpackDefinition(data.definition);
  const current = data.blueprint.process.currentState;
  if (!definition) return null;
  const others = unavailableTransitions(definition, current, data.blueprint.transitions, settings.hiddenTransitions);
  const outside = current !== null && !definition.states.includes(current);
  if (others.length === 0 && !outside) return null;
  return (
    <div class="process-notes">
      {outside && <p>{t('form.process.outside', { stage: current })}</p>}
      {others.length > 0 && (
        <p>
          {t('form.process.unavailable')}{' '}
          {others.map((x, i) => (
            <span key={x.id}>
              {i > 0 && '; '}
              <bdi>{x.name}</bdi>
              {x.owners.length > 0 && (
                <>
                  {' · '}
                  {t('form.process.doneBy', { owners: x.owners.join(', ') })}
                </>
              )}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
