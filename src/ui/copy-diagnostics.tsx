import { useEffect, useState } from 'preact/hooks';
import { CopyButton } from './copy-button.tsx';
import { diagnosticsReport, mayCopyDiagnostics } from './diagnostics.ts';
import { useT } from './i18n-context.ts';

/** "Copy diagnostics", for administrators only (README, "Reporting a problem"); nothing for anyone else. */
export function CopyDiagnostics() {
  const t = useT();
  const [admin, setAdmin] = useState(false);
  useEffect(() => void mayCopyDiagnostics().then(setAdmin), []);
  return admin ? <CopyButton label={t('diagnostics.copy')} text={diagnosticsReport} /> : null;
}
