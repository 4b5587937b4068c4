// The four places of the app, reachable from every screen: the guide, the contact log, drafts and what to say.
import { memo } from 'react';
import { useFrameText } from './uiText.ts';
export type ToolView = 'guide' | 'log' | 'drafts' | 'words';

const TOOLS: readonly ToolView[] = ['guide', 'log', 'drafts', 'words'];

export const ToolsNav = memo(function ToolsNav({
  current,
  onSelect,
}: {
  current: ToolView;
  onSelect: (view: ToolView) => void;
}) {
  const { tools, app } = useFrameText();
  return (
    <nav className="tools-nav no-print" aria-label={app.toolsLabel}>
      <ul>
        {TOOLS.map((view) => (
          <li key={view}>
            <button
              type="button"
              aria-current={current === view ? 'page' : undefined}
              onClick={() => {
                onSelect(view);
              }}
            >
              {tools[view]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
});
