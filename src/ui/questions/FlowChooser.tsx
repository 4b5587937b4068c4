// The chooser on a flow's first screen, kept to a few lines above the first question: which situation this is, one
// button per other flow, named by the flow's own data.
import { fill, useFrameText } from '../app/uiText.ts';

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
  const { app: t } = useFrameText();
  return (
    <nav className="flow-chooser" aria-label={t.chooserLabel}>
      <p className="flow-chooser-title">{t.chooserTitle}</p>
      <ul className="flow-choices">
        {choices.map((choice) => (
          <li key={choice.flowId}>
            {choice.flowId === currentFlowId ? (
              <span className="flow-choice is-current" aria-current="page">
                {fill(t.chooserCurrent, { label: choice.label })}
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
