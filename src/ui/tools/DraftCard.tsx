// One complaint channel: how it is used, its number, the draft to copy (in 简体, built only when shown or copied),
// a reading version in the page's language when that is not 简体, and marking the complaint as made.
import { useId, useMemo, useState } from 'react';
import { buildIcs } from '../../contactLog/calendar.ts';
import { shanghaiDate } from '../../contactLog/clock.ts';
import type { DraftChannel } from '../../contactLog/drafts.ts';
import { complaintFollowUp } from '../../contactLog/reminders.ts';
import { resolveCitations, splitText } from '../../flow/actionList.ts';
import type { Catalogue } from '../../flow/schema.ts';
import { Citations } from '../result/Citations.tsx';
import { CopyButton } from '../common/CopyButton.tsx';
import { ICS_TYPE } from './PaymentOrderReminder.tsx';
import { RichText } from '../common/RichText.tsx';
import { downloadText } from '../common/share.ts';
import { fill, useUiText } from '../app/uiText.ts';

export interface DraftTexts {
  /** The draft as it is sent: 简体, whatever the page's language. */
  draft: () => string;
  /** The same draft in the page's language, to read only; absent when the page is in 简体. */
  reading?: (() => string) | undefined;
}

interface DraftCardProps {
  draft: DraftChannel;
  catalogue: Catalogue;
  texts: DraftTexts;
  /** Whether the whole draft shows from the start (the first fitting channel). */
  initiallyOpen: boolean;
  madeOn: string | undefined;
  onMade: (date: string | undefined) => void;
  now: () => number;
}

export function DraftCard({ draft, catalogue, texts, initiallyOpen, madeOn, onMade, now }: DraftCardProps) {
  const headingId = useId();
  const { drafts: t, result } = useUiText();
  const [open, setOpen] = useState(initiallyOpen);
  const [readingOpen, setReadingOpen] = useState(false);
  // Built when shown: a page of channels stays quick with the largest log.
  const text = useMemo(() => (open ? texts.draft() : ''), [open, texts]);
  const reading = useMemo(() => (readingOpen && texts.reading ? texts.reading() : ''), [readingOpen, texts]);
  const label = fill(t.draftLabel, { name: draft.channel.name });
  return (
    <section className="draft" aria-labelledby={headingId}>
      <h2 id={headingId}>{draft.channel.name}</h2>
      <p className="draft-handles">
        <RichText parts={splitText(draft.channel.handles, catalogue)} />
      </p>
      {/* How the words are used: said on the phone, or pasted where a written complaint is asked for. */}
      <p className="draft-how">{t.howToUse}</p>
      <div className="buttons draft-buttons no-print">
        <RichText parts={splitText(draft.reach, catalogue)} />
        <CopyButton text={texts.draft} label={t.copy} />
      </div>
      <details
        className="draft-full"
        open={open}
        onToggle={(e) => {
          setOpen(e.currentTarget.open);
        }}
      >
        <summary>{t.showText}</summary>
        {/* A box of its own height: the page stays short, the whole text is copied by the button above. */}
        {open ? (
          <pre className="draft-text" lang="zh-CN" tabIndex={0} aria-label={label}>
            {text}
          </pre>
        ) : null}
        {texts.reading ? (
          <details
            className="draft-reading"
            open={readingOpen}
            onToggle={(e) => {
              setReadingOpen(e.currentTarget.open);
            }}
          >
            <summary>{t.reading}</summary>
            {readingOpen ? (
              <pre className="draft-text" tabIndex={0} aria-label={t.reading}>
                {reading}
              </pre>
            ) : null}
          </details>
        ) : null}
      </details>
      <Citations citations={resolveCitations(draft.channel.basis, catalogue)} summary={result.basis} short />
      <ComplaintMade draft={draft} catalogue={catalogue} madeOn={madeOn} onMade={onMade} now={now} />
    </section>
  );
}

/** "I have complained": the date it was marked, a follow-up reminder file, and undo. */
function ComplaintMade(props: Pick<DraftCardProps, 'draft' | 'catalogue' | 'madeOn' | 'onMade' | 'now'>) {
  const { draft, catalogue, madeOn, onMade, now } = props;
  const { drafts: t } = useUiText();
  const followUp = madeOn ? complaintFollowUp(catalogue, draft.channelId, madeOn, now(), draft.lender) : undefined;
  if (!madeOn)
    return (
      <div className="buttons no-print">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            onMade(shanghaiDate(now()));
          }}
        >
          {t.markMade}
        </button>
      </div>
    );
  return (
    <div className="draft-made">
      <p>{fill(t.made, { date: madeOn })}</p>
      <div className="buttons no-print">
        {followUp ? (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              downloadText(fill(t.followUpFile, { date: followUp.date }), buildIcs(followUp), ICS_TYPE);
            }}
          >
            {fill(t.followUp, { date: followUp.date })}
          </button>
        ) : null}
        <button
          type="button"
          className="button-link"
          onClick={() => {
            onMade(undefined);
          }}
        >
          {t.undo}
        </button>
      </div>
    </div>
  );
}
