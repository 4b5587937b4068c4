// Renders the whole triage app for a bundle, the way main.tsx does, with a user-event session.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FlowBundle } from '../../src/flow/schema.ts';
import { App } from '../../src/ui/App.tsx';
import { Shell } from '../../src/ui/Shell.tsx';

export function renderTriage(bundle: FlowBundle, flowId: string) {
  const user = userEvent.setup();
  const utils = render(
    <Shell>
      <App bundle={bundle} flowId={flowId} />
    </Shell>,
  );
  /** Picks options by their visible labels and presses Continue. */
  const answer = async (...labels: string[]) => {
    for (const label of labels) {
      const choice = screen.queryByRole('radio', { name: label }) ?? screen.getByRole('checkbox', { name: label });
      await user.click(choice);
    }
    await user.click(screen.getByRole('button', { name: '继续' }));
  };
  return { user, answer, ...utils };
}
