import { useT } from './i18n-context.ts';

/** What a rep sees on a module an admin turned the widget off for: a polite note, not an error. */
export function DisabledPanel(props: { entity: string; recordName: string | null }) {
  const t = useT();
  return (
    <div class="problem" role="status">
      <h1 class="problem__title">{t('disabled.title', { module: props.entity })}</h1>
      <p class="problem__fix">
        {props.recordName ? t('disabled.fix', { name: props.recordName }) : t('disabled.fixUnnamed')}
      </p>
    </div>
  );
}
