import { useEffect, useState } from 'preact/hooks';
import type { CopyButton as CopyButtonType } from './copy-button.tsx';
import { diagnosticsReport } from './diagnostics-report.ts';
import { mayCopyDiagnostics } from './diagnostics.ts';
import { useT } from './i18n-context.ts';

/**
 * "Copy diagnostics", for administrators only (README, "Reporting a problem"); nothing for anyone else. The
 * button's code loads only once the user is known to be one, so the widget's first chunk does not carry it.
 */
export function CopyDiagnostics() {
  const t = useT();
  const [Button, setButton] = useState<typeof CopyButtonType | null>(null);
  useEffect(() => {
    let live = true;
    void mayCopyDiagnostics()
      .then(async (admin) => {
        if (!admin) return;
        const { CopyButton } = await import('./copy-button.tsx');
        if (live) setButton(() => CopyButton);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return Button ? <Button label={t('diagnostics.copy')} text={diagnosticsReport} /> : null;
}
