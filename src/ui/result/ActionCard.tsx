// One action on the result page: what to do, how, why it applies to this user, and its sources.
import { useId, useRef } from 'react';
import type { ActionItem, TextPart } from '../../flow/actionList.ts';
import { plainText } from '../../flow/actionList.ts';
import { Citations } from './Citations.tsx';
import { SourceLinks } from './ResultSources.tsx';
import { RichText } from '../common/RichText.tsx';
import { fill, useUiText } from '../app/uiText.ts';
import { usePrintOpensDetails } from './usePrintOpensDetails.ts';

interface ActionCardProps {
  item: ActionItem;
  /** Shown with a tick box on the result page; omitted where the card only informs (the safety screen). */
  done?: boolean;
  onToggleDone?: (actionId: string, done: boolean) => void;
  headingLevel?: 2 | 3 | 4;
  /** The flow this action links to (item.opensFlow): its name, and how to open it. */
  openFlow?: { label: string; open: (flowId: string) => void };
  /**
   * Shown as its title only, one tap from the rest (the result's long list). Its phone numbers stay outside the
   * disclosure, so a call is still one tap: the title's always, and the steps' too with `callsFromSteps`.
   */
  collapsed?: boolean;
  callsFromSteps?: boolean;
  /**
   * The page lists its sources once (the result): the card names its own in a line that leads to that list,
   * rather than repeating each source in full under every step.
   */
  sourcesListed?: boolean;
}

type Phone = Extract<TextPart, { phone: unknown }>;

/** Each phone number in these parts once, in order. */
function phonesIn(parts: readonly (readonly TextPart[])[]): Phone[] {
  const seen = new Map<string, Phone>();
  for (const part of parts.flat())
    if ('phone' in part && !seen.has(part.phone.number)) seen.set(part.phone.number, part);
  return [...seen.values()];
}

export function ActionCard(props: ActionCardProps) {
  return props.collapsed ? <CollapsedCard {...props} /> : <OpenCard {...props} />;
}

function Details({ item, done, onToggleDone, openFlow, sourcesListed = false }: ActionCardProps) {
  const { result: t } = useUiText();
  return (
    <>
      <ol className="action-steps">
        {item.steps.map((step, i) => (
          <li key={i}>
            <RichText parts={step} />
          </li>
        ))}
      </ol>
      {openFlow && item.opensFlow !== undefined ? (
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              if (item.opensFlow !== undefined) openFlow.open(item.opensFlow);
            }}
          >
            {fill(t.openFlow, { label: openFlow.label })}
          </button>
        </p>
      ) : null}
      {item.because.length > 0 ? (
        <p className="action-because">
          <span className="label">{t.actionBecause}</span>
          {fill(t.actionBecauseAnswers, {
            list: item.because.map((b) => fill(t.quoted, { text: b.answer })).join(t.listSeparator),
          })}
        </p>
      ) : null}
      {sourcesListed ? <SourceLinks citations={item.citations} /> : <Citations citations={item.citations} />}
      {onToggleDone ? (
        <label className="action-done">
          <input
            type="checkbox"
            checked={done ?? false}
            onChange={(e) => {
              onToggleDone(item.id, e.currentTarget.checked);
            }}
          />
          {t.done}
        </label>
      ) : null}
    </>
  );
}

function OpenCard(props: ActionCardProps) {
  const { item, done, headingLevel = 3 } = props;
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`action-card${done ? ' is-done' : ''}`} aria-labelledby={titleId} data-action-id={item.id}>
      <Heading id={titleId} className="action-title">
        <RichText parts={item.title} />
      </Heading>
      <Details {...props} />
    </article>
  );
}

function CollapsedCard(props: ActionCardProps) {
  const { item, done, headingLevel = 3, callsFromSteps = false } = props;
  const titleId = useId();
  const ref = useRef<HTMLDetailsElement>(null);
  usePrintOpensDetails(ref, 'always');
  const { result: t } = useUiText();
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 4 ? 'h4' : 'h3';
  const calls = phonesIn(callsFromSteps ? [item.title, ...item.steps] : [item.title]);
  return (
    <article
      className={`action-card is-collapsed${done ? ' is-done' : ''}`}
      aria-labelledby={titleId}
      data-action-id={item.id}
    >
      <details ref={ref}>
        <summary>
          {/* Words only: a link inside the disclosure's button would be a control inside a control. */}
          <Heading id={titleId} className="action-title">
            {plainText(item.title)}
            {done ? <span className="done-mark"> ✓ {t.doneMark}</span> : null}
          </Heading>
        </summary>
        <Details {...props} />
      </details>
      {calls.length ? (
        <p className="action-calls">
          <RichText parts={calls} />
        </p>
      ) : null}
    </article>
  );
}
