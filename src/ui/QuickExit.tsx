// "快速离开": a button on every screen, a skip link for assistive tech, and Shift pressed three times.

export function QuickExitSkipLink({ onExit }: { onExit: () => void }) {
  return (
    <a
      className="skip-exit"
      href="#exit"
      onClick={(e) => {
        e.preventDefault();
        onExit();
      }}
    >
      快速离开这个页面（也可以连按三次 Shift 键）
    </a>
  );
}

export function QuickExitButton({ onExit }: { onExit: () => void }) {
  return (
    // The skip link's target: before scripts run, following the link at least lands on the exit button.
    <button type="button" id="exit" className="quick-exit" onClick={onExit}>
      快速离开
    </button>
  );
}
