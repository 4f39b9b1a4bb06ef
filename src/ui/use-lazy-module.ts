import { useEffect, useState } from 'preact/hooks';

/**
 * A chunk loaded on demand, for a component that shows it: `loaded` when its code is in already (then at once),
 * else null until `load` resolves (pass a function that keeps its identity, as a module-level one does); `failed` when it could not load, and `retry` asks for it again.
 */
export function useLazyModule<M>(
  load: () => Promise<M>,
  loaded: M | null,
): { module: M | null; failed: boolean; retry: () => void } {
  const [module, setModule] = useState<M | null>(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module) return;
    let live = true;
    load().then(
      (m) => live && setModule(() => m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module, attempt, load]);
  return {
    module,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
