import { useEffect, useRef } from 'preact/hooks';

/** A bulk step's heading, focused when the step shows so keyboard and screen-reader users land on it. */
export function StepHeading(props: { text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [props.text]);
  return (
    <h2 id="bulk-step" class="bulk-step" tabIndex={-1} ref={ref}>
      {props.text}
    </h2>
  );
}
