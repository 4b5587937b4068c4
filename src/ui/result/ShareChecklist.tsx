// The result's share and print buttons, with the status of the last copy.
import { useState } from 'react';
import { resultAsText } from '../../flow/resultText.ts';
import type { ResultView } from '../../flow/actionList.ts';
import { shareText } from '../common/share.ts';
import { useUiText } from '../app/uiText.ts';

export function ShareChecklist({ view }: { view: ResultView }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { result: t, groups } = useUiText();
  const words = {
    groupLabels: groups,
    verdictLine: t.verdictLine,
    sourcesLine: t.sourcesLine,
    listSeparator: t.listSeparator,
    footer: t.shareFooter,
  };
  return (
    <div className="buttons result-actions no-print">
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void shareText(view.title, resultAsText(view, words)).then((outcome) => {
            setStatus(outcome === 'shared' ? 'idle' : outcome);
          });
        }}
      >
        {t.share}
      </button>
      {/* Without sources the list prints on a few pages; with them, the legal basis of every step comes along. */}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          printResult(false);
        }}
      >
        {t.print}
      </button>
      <button
        type="button"
        className="button-link"
        onClick={() => {
          printResult(true);
        }}
      >
        {t.printWithSources}
      </button>
      <span className="copy-status" role="status">
        {status === 'copied' ? t.shareCopied : status === 'failed' ? t.shareFailed : ''}
      </span>
    </div>
  );
}

function printResult(withSources: boolean) {
  const root = document.documentElement;
  root.dataset.printSources = withSources ? 'yes' : 'no';
  try {
    window.print();
  } finally {
    delete root.dataset.printSources;
  }
}
