// What the root actor takes from the full bundle when it arrives: every flow, the action ids, the reminders' dates.
import { reminderOffsets } from '../contactLog/reminders.ts';
import type { FlowBundle } from '../flow/schema.ts';
import type { BundleFacts } from './appMachine.ts';

export function bundleFacts(bundle: FlowBundle): BundleFacts {
  return {
    flows: bundle.flows,
    actionIds: Object.keys(bundle.catalogue.actions),
    reminderOffsets: reminderOffsets(bundle.catalogue),
  };
}
