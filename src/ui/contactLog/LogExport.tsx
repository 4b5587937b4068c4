// The log's export buttons: copy, download and print. The export text of the whole log is built when a button is
// pressed, not when the page renders: at the largest log, building it on every render took ~100 ms at 4× slowdown.
import { useState } from 'react';
import { copyText, downloadText } from '../common/share.ts';
import { useUiText } from '../app/uiText.ts';

interface LogExportProps {
  /** Builds the whole log as text, from the entries as they are when a button is pressed. */
  timeline: () => string;
  fileName: () => string;
}

export function LogExport({ timeline, fileName }: LogExportProps) {
  const { log: t, copy } = useUiText();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <section className="log-export no-print" aria-labelledby="log-export-heading">
      <h2 id="log-export-heading">{t.exportHeading}</h2>
      <div className="buttons">
        <span className="copy">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              void copyText(timeline()).then((ok) => {
                setStatus(ok ? 'copied' : 'failed');
              });
            }}
          >
            {t.copyAll}
          </button>
          <span className="copy-status" role="status">
            {status === 'copied' ? copy.copied : status === 'failed' ? copy.failed : ''}
          </span>
        </span>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            downloadText(fileName(), timeline(), 'text/plain;charset=utf-8');
          }}
        >
          {t.download}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            window.print();
          }}
        >
          {t.print}
        </button>
      </div>
    </section>
  );
}
