// The four places of the app, reachable from every screen: the guide, the contact log, drafts and what to say.
export type ToolView = 'guide' | 'log' | 'drafts' | 'words';

const TOOLS: { view: ToolView; label: string }[] = [
  { view: 'guide', label: '向导' },
  { view: 'log', label: '催收记录' },
  { view: 'drafts', label: '投诉材料' },
  { view: 'words', label: '接电话怎么说' },
];

export function ToolsNav({ current, onSelect }: { current: ToolView; onSelect: (view: ToolView) => void }) {
  return (
    <nav className="tools-nav no-print" aria-label="功能">
      <ul>
        {TOOLS.map(({ view, label }) => (
          <li key={view}>
            <button
              type="button"
              aria-current={current === view ? 'page' : undefined}
              onClick={() => {
                onSelect(view);
              }}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
