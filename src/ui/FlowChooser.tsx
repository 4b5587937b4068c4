// The chooser on a flow's first screen: which situation this is, one button per flow, named by the flow's own data.

export interface FlowChoice {
  flowId: string;
  /** The flow's `situation`, or its title. */
  label: string;
}

interface FlowChooserProps {
  choices: readonly FlowChoice[];
  currentFlowId: string;
  onOpenFlow: (flowId: string) => void;
}

export function FlowChooser({ choices, currentFlowId, onOpenFlow }: FlowChooserProps) {
  return (
    <nav className="flow-chooser" aria-label="你遇到的是哪种情况">
      <p className="flow-chooser-title">你遇到的是哪种情况？</p>
      <ul>
        {choices.map((choice) => (
          <li key={choice.flowId}>
            {choice.flowId === currentFlowId ? (
              <span className="flow-choice is-current" aria-current="page">
                {choice.label}（现在看的是这个）
              </span>
            ) : (
              <button
                type="button"
                className="flow-choice"
                onClick={() => {
                  onOpenFlow(choice.flowId);
                }}
              >
                {choice.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
