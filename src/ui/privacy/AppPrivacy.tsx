// The notices above the screen and the privacy panel, wired to the app actor.
import { useSelector } from '@xstate/react';
import { Suspense, lazy } from 'react';
import { holdsData, retentionDays } from '../../machine/appMachine.ts';
import { useAppActor } from '../app/appActor.ts';
import { PrivacyPanel } from './PrivacyPanel.tsx';

// Asked only once the reminders' dates have come with the full bundle, so it downloads after the first screen too.
const RetentionQuestion = lazy(() =>
  import('../contactLog/RetentionQuestion.tsx').then((m) => ({ default: m.RetentionQuestion })),
);
import { fill, useFrameText } from '../app/uiText.ts';

export function Notices() {
  const actor = useAppActor();
  const notices = useSelector(actor, (s) => s.context.notices);
  const unread = useSelector(actor, (s) => s.context.unread.length);
  const remindersKnown = useSelector(actor, (s) => s.context.reminderOffsets !== undefined);
  const { notices: words } = useFrameText();
  return (
    <>
      {notices.length ? (
        <p className="notice" role="status">
          {notices.map((n) => fill(words[n], { count: unread })).join(' ')}
        </p>
      ) : null}
      {remindersKnown ? (
        <Suspense fallback={null}>
          <RetentionQuestion />
        </Suspense>
      ) : null}
    </>
  );
}

/** The privacy panel: every choice is an event to the root actor, which persistence follows. */
export function AppPrivacyPanel() {
  const actor = useAppActor();
  const sharedMode = useSelector(actor, (s) => s.context.sharedMode);
  const storageAvailable = useSelector(actor, (s) => s.context.storageAvailable);
  const storageFull = useSelector(actor, (s) => s.context.storageFull);
  const saveFailed = useSelector(actor, (s) => s.context.saveFailed);
  const days = useSelector(actor, (s) => retentionDays(s.context));
  const triage = useSelector(actor, (s) => s.context.triage);
  // Asked again whenever the answers change, so the question before shared-phone mode is about what is there now.
  const answers = useSelector(triage, (s) => s?.context.answers);
  const holds = useSelector(actor, holdsData) || Object.keys(answers ?? {}).length > 0;
  return (
    <PrivacyPanel
      sharedMode={sharedMode}
      storageAvailable={storageAvailable}
      retentionDays={days}
      saveFailed={saveFailed}
      storageFull={storageFull}
      holdsData={holds}
      onSharedModeChange={(on) => {
        actor.send({ type: 'sharedMode.set', on });
      }}
      onExportFirst={() => {
        actor.send({ type: 'tool.open', tool: 'log' });
      }}
      onRetentionChange={(chosen) => {
        actor.send({ type: 'retention.choose', days: chosen });
      }}
      onDeleteAll={() => {
        actor.send({ type: 'data.deleteAll' });
      }}
    />
  );
}
