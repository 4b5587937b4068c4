// "别的情况" opens a search over the situation catalogue: own words in, close situations out, nothing stored.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { questionById } from '../../../src/flow/graph.ts';
import { SituationsFileSchema } from '../../../src/flow/situations.ts';
import { QuestionStep } from '../../../src/ui/questions/QuestionStep.tsx';
import { FrameTextProvider } from '../../../src/ui/app/uiText.ts';
import { PROJECT_ROOT, realBundle, realFlow } from '../../support/fixtures.ts';

const words = SituationsFileSchema.parse(
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'flows/shared/situations.json'), 'utf8')),
).ui;
const flow = realFlow('collection-triage');
const contactKind = questionById(flow, 'contactKind');
if (!contactKind) throw new Error('no contactKind question');
const label = (id: string) => contactKind.options.find((o) => o.id === id)?.label ?? id;

function renderContactQuestion() {
  const onAnswer = vi.fn();
  const user = userEvent.setup();
  const storage = vi.spyOn(Storage.prototype, 'setItem');
  render(
    <FrameTextProvider value={realBundle().catalogue.ui}>
      <QuestionStep
        question={contactKind as NonNullable<typeof contactKind>}
        saved={[]}
        progress={{ step: 3, total: 9 }}
        guidance={null}
        canGoBack
        canAnswer={(ids) => ids.length > 0}
        autoFocus={false}
        onAnswer={onAnswer}
        onBack={() => undefined}
      />
    </FrameTextProvider>,
  );
  return { user, onAnswer, storage };
}

describe('the search under "别的情况"', () => {
  it('appears only once "别的情况" is ticked', async () => {
    const { user } = renderContactQuestion();
    expect(screen.queryByRole('textbox', { name: words.searchLabel })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: label('otherSituation') }));
    expect(
      await screen.findByRole('textbox', { name: words.searchLabel }, { timeout: 15_000 }),
    ).toHaveAccessibleDescription(words.searchHint);
  });

  it('finds a close situation in the person’s own words and, only when asked, chooses its option instead', async () => {
    const { user, onAnswer, storage } = renderContactQuestion();
    await user.click(screen.getByRole('checkbox', { name: label('otherSituation') }));
    await user.type(
      await screen.findByRole('textbox', { name: words.searchLabel }, { timeout: 15_000 }),
      '他们说明天要上门来找我',
    );
    const list = await screen.findByRole('list');
    const choose = within(list).getByRole('button', {
      name: words.replace.replace('{options}', label('visitThreatened')),
    });
    // Nothing is ticked until the person presses it.
    expect(screen.getByRole('checkbox', { name: label('visitThreatened') })).not.toBeChecked();
    await user.click(choose);
    expect(screen.getByRole('checkbox', { name: label('visitThreatened') })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: label('otherSituation') })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(onAnswer).toHaveBeenCalledWith(['visitThreatened']);
    expect(storage).not.toHaveBeenCalled();
  });

  it('promises nothing later for a situation no question answers (too much pressure)', async () => {
    const { user } = renderContactQuestion();
    await user.click(screen.getByRole('checkbox', { name: label('otherSituation') }));
    await user.type(
      await screen.findByRole('textbox', { name: words.searchLabel }, { timeout: 15_000 }),
      '每天都很害怕接电话，整个人快崩溃了',
    );
    expect(await screen.findByText(words.none)).toBeInTheDocument();
    expect(screen.queryByText(words.elsewhere)).not.toBeInTheDocument();
  });

  it('says a later question answers a situation this one cannot (asked for photos of an ID card)', async () => {
    const { user } = renderContactQuestion();
    await user.click(screen.getByRole('checkbox', { name: label('otherSituation') }));
    await user.type(
      await screen.findByRole('textbox', { name: words.searchLabel }, { timeout: 15_000 }),
      '他们要我拍身份证照片发过去',
    );
    expect(await screen.findByText(words.elsewhere)).toBeInTheDocument();
    expect(screen.queryByText(words.none)).not.toBeInTheDocument();
  });

  it('says plainly when nothing fits, and keeps "别的情况"', async () => {
    const { user, onAnswer } = renderContactQuestion();
    await user.click(screen.getByRole('checkbox', { name: label('otherSituation') }));
    await user.type(
      await screen.findByRole('textbox', { name: words.searchLabel }, { timeout: 15_000 }),
      '我想买一台新电脑',
    );
    expect(await screen.findByText(words.none)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续' }));
    expect(onAnswer).toHaveBeenCalledWith(['otherSituation']);
  });
});
