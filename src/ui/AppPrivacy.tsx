// The notices above the screen and the privacy panel, wired to the app actor.
import { useSelector } from '@xstate/react';
import { holdsData, retentionDays } from '../machine/appMachine.ts';
import { useAppActor } from './appActor.ts';
import { PrivacyPanel } from './PrivacyPanel.tsx';
import { RetentionQuestion } from './RetentionQuestion.tsx';
import { fill, useFrameText } from './uiText.ts';

export function Notices() {
  const actor = useAppActor();
  const notices = useSelector(actor, (s) => s.context.notices);
  const unread = useSelector(actor, (s) => s.context.unread.length);
  const { notices: words } = useFrameText();
  return (
    <>
      {notices.length ? (
        <p className="notice" role="status">
          {notices.map((n) => fill(words[n], { count: unread })).join(' ')}
        </p>
      ) : null}
      <RetentionQuestion />
    </>
  );
}

interface AppPrivacyPanelProps {
  storageAvailable: boolean;
  /** Asked at each render: the storage finds out it is full when a write is refused (which re-renders the panel). */
  storageFull?: () => boolean;
  /** The page address keeps shared-phone mode, so a reload keeps it. */
  onSharedModeChange: (on: boolean) => void;
}

export function AppPrivacyPanel({ storageAvailable, storageFull, onSharedModeChange }: AppPrivacyPanelProps) {
  const actor = useAppActor();
  const sharedMode = useSelector(actor, (s) => s.context.sharedMode);
  const saveFailed = useSelector(actor, (s) => s.context.saveFailed);
  const days = useSelector(actor, (s) => retentionDays(s.context));
  const triage = useSelector(actor, (s) => s.context.triage);
  // Asked again whenever the answers change, so the question before shared-phone mode is about what is there now.
  const answers = useSelector(triage, (s) => s.context.answers);
  const holds = useSelector(actor, holdsData) || Object.keys(answers).length > 0;
  return (
    <PrivacyPanel
      sharedMode={sharedMode}
      storageAvailable={storageAvailable}
      retentionDays={days}
      saveFailed={saveFailed}
      storageFull={storageFull?.() ?? false}
      holdsData={holds}
      onSharedModeChange={(on) => {
        actor.send({ type: 'sharedMode.set', on });
        onSharedModeChange(on);
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
