// "快速离开": a button on every screen, a skip link for assistive tech, and Shift pressed three times.
import { useUiText } from './uiText.ts';

export function QuickExitSkipLink({ onExit }: { onExit: () => void }) {
  const { quickExit } = useUiText();
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
}

export function QuickExitButton({ onExit }: { onExit: () => void }) {
  const { quickExit } = useUiText();
  return (
    <button type="button" className="quick-exit" onClick={onExit}>
      {quickExit.button}
    </button>
  );
}
