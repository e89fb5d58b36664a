// 因素 / Factors on the dashboard: asks the background for the factors as of now (ui:factors), again
// after every correction, and shows them with FactorsPanel.
import { useEffect, useState } from 'preact/hooks';
import type { FactorReport } from '../../utils/factors';
import { failureText } from '../../utils/i18n';
import { td } from '../../utils/i18n/dashboard';
import type { Failure } from '../../utils/messaging/protocol';
import type { Send } from '../../utils/ui/api';
import { useLang } from '../shared/lang-context';
import { FactorsPanel } from './FactorsPanel';

export interface FactorsSectionProps {
  send: Send;
  /** Bumped after a correction: the factors are read again. */
  version: number;
}

export function FactorsSection({ send, version }: FactorsSectionProps) {
  const lang = useLang();
  const [report, setReport] = useState<FactorReport>();
  const [failure, setFailure] = useState<Failure>();
  useEffect(() => {
    let current = true;
    void send({ type: 'ui:factors' }).then((reply) => {
      if (!current) return;
      if (reply.ok) {
        setReport(reply.report);
        setFailure(undefined);
      } else setFailure(reply);
    });
    return () => {
      current = false;
    };
  }, [version]);

  // FactorsPanel is the section (heading and table); until the report is here, the same place says why it is empty.
  if (report) return <FactorsPanel report={report} />;
  return (
    <section class="factors" aria-labelledby="factors-title">
      <h2 id="factors-title">{td(lang, 'dash.factors')}</h2>
      {failure ? (
        <p class="error" role="alert">
          {failureText(lang, failure)}
        </p>
      ) : (
        <p class="muted">{td(lang, 'dash.loading')}</p>
      )}
    </section>
  );
}
