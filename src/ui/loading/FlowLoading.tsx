// While a flow's data downloads (for long, if the network fails), what must never wait: the quick exit in all its
// forms, and deleting or not keeping what is stored.
import { useMemo } from 'react';
import { AppPrivacyPanel, Notices } from '../privacy/AppPrivacy.tsx';
import { LoadFailed, Loading } from './Loading.tsx';
import { SiteHeader } from '../privacy/QuickExit.tsx';
import { useHistorySync } from '../app/useHistorySync.ts';
import type { BackNavigation } from '../app/useHistorySync.ts';
import { useQuickExit } from '../privacy/useQuickExit.ts';

export function FlowLoading(props: { exitUrl: string; onRetry?: () => void }) {
  const navigation: BackNavigation = useMemo(() => ({ canGoBack: () => false, goBack: () => undefined }), []);
  const exit = useQuickExit(props.exitUrl, useHistorySync(navigation, 'loading').leaveTo);
  return (
    <>
      <SiteHeader onExit={exit} />
      <main id="main" className="page">
        <Notices />
        {props.onRetry ? <LoadFailed onRetry={props.onRetry} /> : <Loading />}
      </main>
      <AppPrivacyPanel />
    </>
  );
}
