// The app machine without React: tool pages above the guide, Back, ticks, retention, restart and delete-all.
import { describe, expect, it } from 'vitest';
import { newEntry } from '../../src/contactLog/entry.ts';
import { openTool, retentionDays } from '../../src/machine/appMachine.ts';
import { loadBundle, startRoot, triageOf } from '../support/appActor.ts';
import { miniBundle, miniFlow } from '../support/fixtures.ts';

const flow = miniFlow();
const start = () => startRoot(miniBundle(), flow.id);

describe('the app machine', () => {
  it('takes an answer only when the triage machine does: Continue with nothing chosen is refused', () => {
    const actor = start();
    expect(actor.getSnapshot().can({ type: 'answer', optionIds: [] })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'answer', optionIds: ['call'] })).toBe(true);
    actor.send({ type: 'answer', optionIds: [] });
    expect(triageOf(actor).value).toBe(flow.start);
    actor.send({ type: 'answer', optionIds: ['call'] });
    expect(triageOf(actor).value).toBe('conduct');
  });

  it('Back closes a tool page first, then steps back through the questions, and is refused on the first', () => {
    const actor = start();
    expect(actor.getSnapshot().can({ type: 'nav.back' })).toBe(false);
    actor.send({ type: 'answer', optionIds: ['call'] });
    actor.send({ type: 'tool.open', tool: 'drafts' });
    expect(openTool(actor.getSnapshot())).toBe('drafts');
    actor.send({ type: 'nav.back' });
    expect(openTool(actor.getSnapshot())).toBeUndefined();
    expect(triageOf(actor).value).toBe('conduct');
    actor.send({ type: 'nav.back' });
    expect(triageOf(actor).value).toBe(flow.start);
  });

  it('an answer clears the notices that were shown', () => {
    const actor = startRoot(miniBundle(), flow.id, { notices: ['corrupt'] });
    actor.send({ type: 'answer', optionIds: ['call'] });
    expect(actor.getSnapshot().context.notices).toEqual([]);
  });

  it('ticks, drops ticks the catalogue does not know once it arrives, and restart forgets ticks and answers', async () => {
    const actor = start();
    actor.send({ type: 'action.tick', actionId: 'keepRecords', done: true });
    actor.send({ type: 'action.tick', actionId: 'gone', done: true });
    await loadBundle(actor);
    expect(actor.getSnapshot().context.done).toEqual(['keepRecords']);
    actor.send({ type: 'answer', optionIds: ['call'] });
    actor.send({ type: 'restart' });
    expect(actor.getSnapshot().context.done).toEqual([]);
    expect(triageOf(actor).context.answers).toEqual({});
  });

  it('without a choice, retention covers a reminder the log holds; a choice wins', () => {
    const actor = start();
    expect(retentionDays(actor.getSnapshot().context)).toBe(7);
    actor.send({ type: 'log.change', log: { entries: [], complaintsMade: { webank: '2026-11-20' } } });
    expect(retentionDays(actor.getSnapshot().context)).toBe(30);
    actor.send({ type: 'retention.choose', days: 1 });
    expect(retentionDays(actor.getSnapshot().context)).toBe(1);
  });

  it('refuses a log over the entry limit, so a stored log never has to be cut', () => {
    const actor = start();
    const entries = Array.from({ length: 501 }, (_, i) => newEntry(String(i), '2026-11-23T10:00'));
    actor.send({ type: 'log.change', log: { entries, complaintsMade: {} } });
    expect(actor.getSnapshot().context.log.entries).toEqual([]);
    actor.send({ type: 'log.change', log: { entries: entries.slice(0, 500), complaintsMade: {} } });
    expect(actor.getSnapshot().context.log.entries).toHaveLength(500);
  });

  it('delete-all forgets everything held, closes the tool page, restarts and says so', () => {
    const actor = start();
    actor.send({ type: 'answer', optionIds: ['call'] });
    actor.send({ type: 'log.change', log: { entries: [newEntry('a', '2026-11-23T10:00')], complaintsMade: {} } });
    actor.send({ type: 'tool.open', tool: 'log' });
    actor.send({ type: 'data.deleteAll' });
    const { context } = actor.getSnapshot();
    expect(openTool(actor.getSnapshot())).toBeUndefined();
    expect(context.log.entries).toEqual([]);
    expect(context.notices).toEqual(['deleted']);
    expect(triageOf(actor).value).toBe(flow.start);
  });
});
