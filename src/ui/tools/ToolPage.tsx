// The tool page that is open, with what the log needs said above it: a failed save, unreadable parts, the limit.
import { useSelector } from '@xstate/react';
import type { ReactNode } from 'react';
import { checkLog } from '../../contactLog/breaches.ts';
import { shanghaiWallClock } from '../../contactLog/clock.ts';
import { ENTRY_LIMITS } from '../../contactLog/entry.ts';
import { formatTimeline } from '../../contactLog/timeline.ts';
import type { Language } from '../../flow/languages.ts';
import type { Answers, Flow, FlowBundle } from '../../flow/schema.ts';
import type { ContactLog } from '../../contactLog/log.ts';
import type { Tool } from '../../machine/appMachine.ts';
import { useAppActor } from '../app/appActor.ts';
import type { BundleSource } from '../loading/bundles.ts';
import { CopyButton } from '../common/CopyButton.tsx';
import { retryableScreen } from '../loading/retryableScreen.ts';
import { downloadText } from '../common/share.ts';
import { fill, useUiText } from '../app/uiText.ts';

// Each page is a download of its own again, made when it is first opened.
const ContactLogPage = retryableScreen(() =>
  import('../contactLog/ContactLogPage.tsx').then((m) => m.ContactLogPage),
).Screen;
const DraftsPage = retryableScreen(() => import('./DraftsPage.tsx').then((m) => m.DraftsPage)).Screen;
const WordsPage = retryableScreen(() => import('./WordsPage.tsx').then((m) => m.WordsPage)).Screen;

/** Warn this far before the entry limit, so there is time to export. */
const WARN_AT = Math.floor(ENTRY_LIMITS.entries * 0.8);

interface ToolPageProps {
  tool: Tool;
  bundle: FlowBundle;
  flow: Flow;
  answers: Answers;
  /** The drafts are sent in 简体 whatever the page's language: they take that bundle from here. */
  bundles: BundleSource;
  language: Language;
  now: () => number;
  autoFocus: boolean;
}

export function ToolPage({ tool, bundle, flow, answers, bundles, language, now, autoFocus }: ToolPageProps) {
  const actor = useAppActor();
  const log = useSelector(actor, (s) => s.context.log);
  const { catalogue } = bundle;
  const onChange = (next: ContactLog) => {
    actor.send({ type: 'log.change', log: next });
  };
  if (tool === 'words') return <WordsPage catalogue={catalogue} flow={flow} answers={answers} autoFocus={autoFocus} />;
  if (tool === 'drafts')
    return (
      <DraftsPage
        catalogue={catalogue}
        flow={flow}
        answers={answers}
        bundles={bundles}
        language={language}
        log={log}
        onChange={onChange}
        now={now}
        autoFocus={autoFocus}
      />
    );
  return (
    <>
      <LogNotices bundle={bundle} log={log} now={now} />
      <ContactLogPage catalogue={catalogue} log={log} onChange={onChange} now={now} autoFocus={autoFocus} />
    </>
  );
}

function Notice({ children, alert }: { children: ReactNode; alert?: boolean }) {
  return (
    <div className="notice" role={alert ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** Export buttons for text the person may need to keep: the whole log, or what could not be read. */
function ExportButtons({ text, copyLabel, downloadLabel, fileName }: Record<string, string>) {
  return (
    <div className="buttons no-print">
      <CopyButton text={text ?? ''} label={copyLabel ?? ''} />
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          downloadText(fileName ?? '', text ?? '', 'text/plain;charset=utf-8');
        }}
      >
        {downloadLabel}
      </button>
    </div>
  );
}

function LogNotices({ bundle, log, now }: { bundle: FlowBundle; log: ContactLog; now: () => number }) {
  const actor = useAppActor();
  const saveFailed = useSelector(actor, (s) => s.context.saveFailed);
  const unread = useSelector(actor, (s) => s.context.unread);
  const { log: t } = useUiText();
  const count = log.entries.length;
  const exportedAt = shanghaiWallClock(now());
  const date = exportedAt.slice(0, 10);
  const limits = { count, max: ENTRY_LIMITS.entries };
  return (
    <>
      {saveFailed ? (
        <Notice alert>
          <p>{t.saveFailed}</p>
          <ExportButtons
            text={formatTimeline(
              checkLog(log.entries, bundle.catalogue.contactLog.breachRules),
              bundle.catalogue,
              exportedAt,
            )}
            copyLabel={t.copyAll}
            downloadLabel={t.download}
            fileName={fill(t.fileName, { date })}
          />
        </Notice>
      ) : null}
      {unread.length ? (
        <Notice>
          <h2>{t.unreadHeading}</h2>
          <p>{fill(t.unreadBody, { count: unread.length })}</p>
          <ExportButtons
            text={unread.join('\n\n')}
            copyLabel={t.unreadCopy}
            downloadLabel={t.unreadDownload}
            fileName={fill(t.unreadFileName, { date })}
          />
        </Notice>
      ) : null}
      {count >= ENTRY_LIMITS.entries ? (
        <Notice alert>
          <p>{fill(t.atLimit, limits)}</p>
        </Notice>
      ) : count >= WARN_AT ? (
        <Notice>
          <p>{fill(t.nearLimit, limits)}</p>
        </Notice>
      ) : null}
    </>
  );
}
