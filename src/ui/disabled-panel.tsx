/** What a rep sees on a module an admin turned the widget off for: a polite note, not an error. */
export function DisabledPanel(props: { entity: string; recordName: string | null }) {
  return (
    <div class="problem" role="status">
      <p class="problem__title">The Blueprint Stepper is not enabled for {props.entity}.</p>
      <p class="problem__fix">
        An administrator can turn it on in the extension’s settings. Until then, move {props.recordName ?? 'this record'} along its blueprint from
        the record page itself.
      </p>
    </div>
  );
}
