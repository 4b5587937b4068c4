// Picks the tool page behind the navigation; it lives in the second download, so the first carries none of this.
import { lazy } from 'react';
import type { ContactLog } from '../contactLog/storage.ts';
import type { ResultView } from '../flow/actionList.ts';
import type { Catalogue } from '../flow/schema.ts';
import type { ToolView } from './ToolsNav.tsx';

// Each page is a download of its own again, made when it is first opened.
const ContactLogPage = lazy(() => import('./ContactLogPage.tsx').then((m) => ({ default: m.ContactLogPage })));
const DraftsPage = lazy(() => import('./DraftsPage.tsx').then((m) => ({ default: m.DraftsPage })));
const WordsPage = lazy(() => import('./WordsPage.tsx').then((m) => ({ default: m.WordsPage })));

interface ToolPageProps {
  view: Exclude<ToolView, 'guide'>;
  catalogue: Catalogue;
  log: ContactLog;
  /** The result for the current answers, which the drafts draw on; undefined until the questions are done. */
  result: ResultView | undefined;
  onChange: (log: ContactLog) => void;
  now: () => number;
  autoFocus: boolean;
}

export function ToolPage({ view, catalogue, log, result, onChange, now, autoFocus }: ToolPageProps) {
  if (view === 'log')
    return <ContactLogPage catalogue={catalogue} log={log} onChange={onChange} now={now} autoFocus={autoFocus} />;
  if (view === 'drafts')
    return (
      <DraftsPage catalogue={catalogue} log={log} result={result} onChange={onChange} now={now} autoFocus={autoFocus} />
    );
  return <WordsPage catalogue={catalogue} autoFocus={autoFocus} />;
}
