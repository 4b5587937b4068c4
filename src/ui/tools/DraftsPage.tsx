// Complaint drafts for each channel, always in 简体 (they go to mainland hotlines and platforms) with a reading
// version for other readers, and the 支付令 deadline reminder.
import { useEffect, useMemo, useRef } from 'react';
import { checkLog } from '../../contactLog/breaches.ts';
import { draftChannels, draftText } from '../../contactLog/drafts.ts';
import type { DraftChannel, DraftInput } from '../../contactLog/drafts.ts';
import type { ContactLog } from '../../contactLog/log.ts';
import { selectActions } from '../../flow/actionList.ts';
import { lenderFor } from '../../flow/lenders.ts';
import { SOURCE_LANGUAGE } from '../../flow/languages.ts';
import type { Language } from '../../flow/languages.ts';
import type { Answers, Catalogue, Flow, FlowBundle } from '../../flow/schema.ts';
import type { BundleSource } from '../loading/bundles.ts';
import { DraftCard } from './DraftCard.tsx';
import type { DraftTexts } from './DraftCard.tsx';
import { LoadFailed, Loading } from '../loading/Loading.tsx';
import { PaymentOrderReminder } from './PaymentOrderReminder.tsx';
import { useSourceBundle } from '../loading/sourceBundle.ts';
import { fill, useUiText } from '../app/uiText.ts';
import { usePrintOpensDetails } from '../result/usePrintOpensDetails.ts';

interface DraftsPageProps {
  catalogue: Catalogue;
  flow: Flow;
  answers: Answers;
  /** Where the 简体 bundle comes from, for a reader of another language. */
  bundles: BundleSource;
  language: Language;
  log: ContactLog;
  onChange: (log: ContactLog) => void;
  now: () => number;
  autoFocus: boolean;
}

export function DraftsPage(props: DraftsPageProps) {
  const { bundles, autoFocus } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { drafts: t } = useUiText();
  const source = useSourceBundle(bundles);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  return (
    <section className="drafts" aria-labelledby="drafts-heading">
      <h1 id="drafts-heading" ref={headingRef} tabIndex={-1}>
        {t.heading}
      </h1>
      <p>{t.intro}</p>
      {/* Said once for the page: every draft below is sent in 简体. */}
      {props.language === SOURCE_LANGUAGE ? null : <p className="draft-how">{t.inChinese}</p>}
      {source.kind === 'ready' ? (
        <Channels {...props} source={source.bundle} />
      ) : source.kind === 'loading' ? (
        <Loading />
      ) : (
        <LoadFailed
          onRetry={() => {
            bundles.retry(SOURCE_LANGUAGE);
          }}
        />
      )}
      <PaymentOrderReminder
        catalogue={props.catalogue}
        receivedOn={props.log.paymentOrderReceived}
        now={props.now}
        onChange={(date) => {
          const { log } = props;
          const next: ContactLog = { entries: log.entries, complaintsMade: log.complaintsMade };
          if (date) next.paymentOrderReceived = date;
          props.onChange(next);
        }}
      />
    </section>
  );
}

function Channels(props: DraftsPageProps & { source: FlowBundle }) {
  const { catalogue, flow, answers, source, language, log, onChange, now } = props;
  const { drafts: t } = useUiText();
  const othersRef = useRef<HTMLDetailsElement>(null);
  usePrintOpensDetails(othersRef);
  // Which breaches a contact shows does not depend on the language: checked once, used by both texts.
  const check = useMemo(() => checkLog(log.entries, catalogue.contactLog.breachRules), [log.entries, catalogue]);
  const inputs = useMemo(() => {
    const input = (bundleFlow: Flow, bundleCatalogue: Catalogue): DraftInput => ({
      log: check,
      result: selectActions(bundleFlow, bundleCatalogue, answers),
      complaintsMade: log.complaintsMade,
      // One lender channel: the lender the answers name, or the generic "the lender" when they name none or several.
      lender: lenderFor(bundleFlow, bundleCatalogue, answers),
    });
    return {
      page: input(flow, catalogue),
      source: input(source.flows[flow.id] ?? flow, source.catalogue),
    };
  }, [check, flow, catalogue, source, answers, log.complaintsMade]);
  const channels = useMemo(() => draftChannels(catalogue, inputs.page), [catalogue, inputs]);
  const textsFor = (channel: DraftChannel): DraftTexts => ({
    draft: () => draftText(source.catalogue, channel.channelId, inputs.source),
    reading: language === SOURCE_LANGUAGE ? undefined : () => draftText(catalogue, channel.channelId, inputs.page),
  });
  const card = (channel: DraftChannel, i: number) => (
    <DraftCard
      key={channel.channelId}
      draft={channel}
      catalogue={catalogue}
      texts={textsFor(channel)}
      initiallyOpen={channel.fitting && i === 0}
      madeOn={log.complaintsMade[channel.channelId]}
      now={now}
      onMade={(date) => {
        const others = Object.entries(log.complaintsMade).filter(([id]) => id !== channel.channelId);
        const complaintsMade = Object.fromEntries(
          date ? [...others, [channel.channelId, date]] : others,
        ) as ContactLog['complaintsMade'];
        onChange({ ...log, complaintsMade });
      }}
    />
  );
  const fitting = channels.filter((d) => d.fitting);
  const others = channels.filter((d) => !d.fitting);
  return (
    <>
      {fitting.length === 0 ? <p>{t.nothingYet}</p> : null}
      {fitting.map(card)}
      {others.length ? (
        <details className="other-channels" ref={othersRef}>
          <summary>{fill(t.otherChannels, { list: others.map((d) => d.channel.name).join(t.nameSeparator) })}</summary>
          {others.map((d) => card(d, -1))}
        </details>
      ) : null}
    </>
  );
}
