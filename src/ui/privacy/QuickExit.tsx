// "快速离开": a button on every screen, a skip link for assistive tech, and Shift pressed three times.
import { memo } from 'react';
import type { ReactNode } from 'react';
import { useFrameText } from '../app/uiText.ts';

export const QuickExitSkipLink = memo(function QuickExitSkipLink({ onExit }: { onExit: () => void }) {
  const { quickExit } = useFrameText();
  return (
    <a
      className="skip-exit"
      href="#exit"
      onClick={(e) => {
        e.preventDefault();
        onExit();
      }}
    >
      {quickExit.skipLink}
    </a>
  );
});

export const QuickExitButton = memo(function QuickExitButton({ onExit }: { onExit: () => void }) {
  const { quickExit } = useFrameText();
  return (
    // The skip link's target: before scripts run, following the link at least lands on the exit button.
    <button type="button" id="exit" className="quick-exit" onClick={onExit}>
      {quickExit.button}
    </button>
  );
});

/**
 * The top of every screen, one line: the skip link to leave, the site's name, what the screen puts beside it (the
 * language switch) and the exit button.
 */
export const SiteHeader = memo(function SiteHeader({ onExit, children }: { onExit: () => void; children?: ReactNode }) {
  const { app } = useFrameText();
  return (
    <>
      <QuickExitSkipLink onExit={onExit} />
      <header className="site-header">
        <p className="site-name">{app.siteName}</p>
        {children}
        <QuickExitButton onExit={onExit} />
      </header>
    </>
  );
});
