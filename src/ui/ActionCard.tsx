// One action on the result page: what to do, how, why it applies to this user, and its sources.
import { useId } from 'react';
import type { ActionItem } from '../flow/actionList.ts';
import { Citations } from './Citations.tsx';
import { RichText } from './RichText.tsx';
import { fill, useUiText } from './uiText.ts';

interface ActionCardProps {
  item: ActionItem;
  /** Shown with a tick box on the result page; omitted where the card only informs (the safety screen). */
  done?: boolean;
  onToggleDone?: (actionId: string, done: boolean) => void;
  headingLevel?: 2 | 3;
  /** The flow this action links to (item.opensFlow): its name, and how to open it. */
  openFlow?: { label: string; open: (flowId: string) => void };
}

export function ActionCard({ item, done, onToggleDone, headingLevel = 3, openFlow }: ActionCardProps) {
  const titleId = useId();
  const { result: t } = useUiText();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`action-card${done ? ' is-done' : ''}`} aria-labelledby={titleId} data-action-id={item.id}>
      <Heading id={titleId} className="action-title">
        <RichText parts={item.title} />
      </Heading>
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
      <Citations citations={item.citations} />
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
    </article>
  );
}
