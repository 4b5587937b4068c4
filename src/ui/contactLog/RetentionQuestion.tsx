// Asks before the chosen retention would delete the log ahead of a reminder the app made; the machine decides when.
import { useSelector } from '@xstate/react';
import { retentionQuestion } from '../../machine/retention.ts';
import { useAppActor } from '../app/appActor.ts';
import { fill, useFrameText } from '../app/uiText.ts';

export function RetentionQuestion({ now = Date.now }: { now?: () => number }) {
  const actor = useAppActor();
  const question = useSelector(
    actor,
    (s) => retentionQuestion(s.context, now()),
    (a, b) => a?.days === b?.days && a?.reminderDate === b?.reminderDate && a?.extendTo === b?.extendTo,
  );
  const { privacy: t } = useFrameText();
  if (!question) return null;
  const [, month = '', day = ''] = question.reminderDate.split('-');
  return (
    <div className="notice" role="status">
      <p>{fill(t.reminderQuestion, { days: question.days, month: Number(month), day: Number(day) })}</p>
      <div className="buttons">
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            actor.send({ type: 'retention.choose', days: question.extendTo });
          }}
        >
          {fill(t.reminderExtend, { days: question.extendTo })}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            actor.send({ type: 'retention.keep' });
          }}
        >
          {fill(t.reminderKeep, { days: question.days })}
        </button>
      </div>
    </div>
  );
}
