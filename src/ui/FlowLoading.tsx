// While a flow's data downloads (for long, if the network fails), what must never wait: the quick exit in all its
// forms, and deleting or not keeping what is stored.
import { useMemo, useState } from 'react';
import { readRetention, DEFAULT_RETENTION_DAYS } from '../storage/retention.ts';
import type { AppProps } from './App.tsx';
import { LoadFailed, Loading } from './Loading.tsx';
import { PrivacyPanel } from './PrivacyPanel.tsx';
import { SiteHeader } from './QuickExit.tsx';
import { useFrameText } from './uiText.ts';
import { useHistorySync } from './useHistorySync.ts';
import type { BackNavigation } from './useHistorySync.ts';
import { useQuickExit } from './useQuickExit.ts';

export function FlowLoading(props: AppProps & { onRetry?: () => void }) {
  const { storage, sharedMode } = props;
  const ui = useFrameText();
  const [notice, setNotice] = useState<'deleted' | 'deleteFailed'>();
  const navigation: BackNavigation = useMemo(() => ({ canGoBack: () => false, goBack: () => undefined }), []);
  const exit = useQuickExit(props.exitUrl, useHistorySync(navigation, 'loading').leaveTo);
  return (
    <>
      <SiteHeader onExit={exit} />
      <main id="main" className="page">
        {notice ? (
          <p className="notice" role="status">
            {ui.notices[notice]}
          </p>
        ) : null}
        {props.onRetry ? <LoadFailed onRetry={props.onRetry} /> : <Loading />}
      </main>
      <PrivacyPanel
        sharedMode={sharedMode}
        storageAvailable={storage.available}
        retentionDays={readRetention(storage) ?? DEFAULT_RETENTION_DAYS}
        onSharedModeChange={(on) => {
          if (on) storage.removeAll();
          props.onSharedModeChange(on);
        }}
        onDeleteAll={() => {
          setNotice(storage.removeAll().length ? 'deleteFailed' : 'deleted');
        }}
      />
    </>
  );
}
