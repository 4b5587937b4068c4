// The drafts and words pages in each language: drafts are sent in 简体 (with a reading version for others), the
// count is right, and the words page names the lender the person chose.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadLocalizedFlowDir } from '../../../scripts/flow-files.ts';
import { newEntry } from '../../../src/contactLog/entry.ts';
import type { ContactEntry } from '../../../src/contactLog/entry.ts';
import type { ContactLog } from '../../../src/contactLog/log.ts';
import type { Language } from '../../../src/flow/languages.ts';
import type { Answers } from '../../../src/flow/schema.ts';
import { bundleSource } from '../../../src/ui/loading/bundles.ts';
import { DraftsPage } from '../../../src/ui/tools/DraftsPage.tsx';
import { UiTextProvider } from '../../../src/ui/app/uiText.ts';
import { WordsPage } from '../../../src/ui/tools/WordsPage.tsx';
import { PROJECT_ROOT } from '../../support/fixtures.ts';

const bundles = loadLocalizedFlowDir(PROJECT_ROOT);
const NOW = Date.UTC(2026, 10, 24, 1, 0);
const entry = (id: string, at: string, changes: Partial<ContactEntry> = {}): ContactEntry => ({
  ...newEntry(id, at),
  ...changes,
});
const threeLogged: ContactLog = {
  entries: [
    entry('a', '2026-11-23T09:30'),
    entry('b', '2026-11-23T23:10', { notes: '说明天再不还就上门' }),
    entry('c', '2026-11-23T10:00', { contacted: 'colleague' }),
  ],
  complaintsMade: {},
};

/** The text the last copy put on the clipboard (set up after user-event, which brings its own clipboard). */
function clipboard(): () => string {
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  return () => String(writeText.mock.calls.at(-1)?.[0]);
}

function renderDrafts(language: Language, log: ContactLog = threeLogged, answers: Answers = { lender: ['webank'] }) {
  const bundle = bundles[language];
  const flow = bundle.flows['collection-triage'];
  if (!flow) throw new Error('no collection-triage flow');
  const requested: Language[] = [];
  const source = bundleSource((lang) => {
    requested.push(lang);
    return bundles[lang];
  });
  const user = userEvent.setup();
  render(
    <UiTextProvider value={bundle.catalogue.ui}>
      <DraftsPage
        catalogue={bundle.catalogue}
        flow={flow}
        answers={answers}
        bundles={source}
        language={language}
        log={log}
        onChange={() => undefined}
        now={() => NOW}
        autoFocus={false}
      />
    </UiTextProvider>,
  );
  return { user, requested, bundle };
}

describe('the lender channel is the lender the person named', () => {
  it('WeBank: 微众银行客服 with its 95384 button', () => {
    renderDrafts('zh-CN');
    const bank = screen.getByRole('region', { name: '微众银行客服' });
    expect(within(bank).getByRole('link', { name: /95384/ })).toHaveAttribute('href', 'tel:95384');
    expect(within(bank).getByLabelText(/的材料/, { selector: 'pre' })).toHaveTextContent(
      '微众银行客服（95384）：投诉微众银行借款的催收行为',
    );
  });

  it.each([
    ['another lender', { lender: ['otherOrUnsure'] }],
    ['WeBank and another lender', { lender: ['webank', 'otherOrUnsure'] }],
  ] as [string, Answers][])("%s: the lender's official service, where to find its number, no WeBank", (_, answers) => {
    renderDrafts('zh-CN', threeLogged, answers);
    expect(screen.queryByRole('region', { name: '微众银行客服' })).toBeNull();
    const lender = screen.getByRole('region', { name: '放贷方客服' });
    expect(within(lender).getByText(/借款合同或官方 App 里写的官方客服电话/)).toBeInTheDocument();
    const draft = within(lender).getByLabelText(/的材料/, { selector: 'pre' });
    expect(draft).toHaveTextContent('放贷方客服：投诉放贷方借款的催收行为');
    expect(draft).toHaveTextContent('是不是受放贷方委托的');
    expect(lender.textContent).not.toMatch(/95384|95017|微众|微粒贷|贵行/);
    expect(screen.queryByRole('link', { name: /95384|95017/ })).toBeNull();
  });

  it('English, another lender: "Customer service of the lender", copied in 简体', () => {
    renderDrafts('en', threeLogged, { lender: ['otherOrUnsure'] });
    expect(screen.getByRole('region', { name: 'Customer service of the lender' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/95384|WeBank/);
  });
});

describe('drafts in every language are sent in 简体', () => {
  it('English: the bank draft shows the 简体 text to copy, with the English version behind its own disclosure', async () => {
    const { user, requested } = renderDrafts('en');
    const copied = clipboard();
    expect(requested).toEqual(['zh-CN']);
    const bank = screen.getByRole('region', { name: 'Customer service of WeBank (微众银行)' });
    expect(screen.getByText(/in Simplified Chinese/)).toBeInTheDocument();
    const draft = within(bank).getByLabelText(/WeBank/, { selector: 'pre' });
    expect(draft).toHaveAttribute('lang', 'zh-CN');
    expect(draft).toHaveTextContent('我记录的联系共 3 条，下面列出其中可能违规的 2 条。');
    expect(draft.textContent).not.toMatch(/[A-Za-z]{4,}/);
    // The English version is built only when asked for, and is never the one copied.
    expect(within(bank).queryByText(/I logged 3 contacts/)).toBeNull();
    await user.click(within(bank).getByText('What it says in English (for you to read; not copied)'));
    expect(
      within(bank).getByText(/I logged 3 contacts; the 2 that may break the rules are listed below\./),
    ).toBeVisible();
    await user.click(within(bank).getByRole('button', { name: 'Copy this draft' }));
    expect(copied()).toContain('我记录的联系共 3 条');
    expect(copied()).not.toContain('I logged');
  });

  it('繁體: the text copied is 简体, the page around it 繁體', async () => {
    const { user } = renderDrafts('zh-TW');
    const copied = clipboard();
    const bank = screen.getByRole('region', { name: '微眾銀行客服' });
    const draft = within(bank).getByLabelText(/微眾銀行客服/, { selector: 'pre' });
    expect(draft).toHaveTextContent('我记录的联系共 3 条');
    expect(draft.textContent).not.toContain('記錄');
    await user.click(within(bank).getByRole('button', { name: '複製這份材料' }));
    expect(copied()).toContain('二、发生了什么');
    expect(copied()).not.toContain('發生');
  });

  it('简体: no second version, and no other bundle asked for', () => {
    const { requested } = renderDrafts('zh-CN');
    expect(requested).toEqual(['zh-CN']);
    expect(screen.queryByText(/对照译文/)).toBeNull();
    expect(screen.queryByText(/材料用简体中文写/)).toBeNull();
  });

  it('only the first fitting channel shows its whole text; another is built when opened', async () => {
    const { user } = renderDrafts('zh-CN');
    expect(document.querySelectorAll('.draft-text')).toHaveLength(1);
    const nfra = screen.getByRole('region', { name: '国家金融监督管理总局消费者投诉热线' });
    expect(within(nfra).queryByLabelText(/的材料/, { selector: 'pre' })).toBeNull();
    await user.click(within(nfra).getByText('看材料全文'));
    expect(within(nfra).getByLabelText(/的材料/, { selector: 'pre' })).toHaveTextContent('12378');
  });
});

function renderWords(language: Language, answers: Answers) {
  const bundle = bundles[language];
  const flow = bundle.flows['collection-triage'];
  if (!flow) throw new Error('no collection-triage flow');
  render(
    <UiTextProvider value={bundle.catalogue.ui}>
      <WordsPage catalogue={bundle.catalogue} flow={flow} answers={answers} autoFocus={false} />
    </UiTextProvider>,
  );
}

describe('words for a call', () => {
  it('for WeBank: no number inside a line, then 95384 to check with, after the words', () => {
    renderWords('zh-CN', { lender: ['webank'] });
    const lines = screen.getAllByRole('listitem').filter((li) => li.closest('.call-script'));
    for (const line of lines) expect(line.textContent).not.toMatch(/\d{3,}/);
    expect(screen.queryByText(/微粒贷是微众银行客服/)).toBeNull();
    const call = screen.getByRole('link', { name: /95384/ });
    expect(call).toHaveAttribute('href', 'tel:95384');
    const script = document.querySelector('.call-script');
    expect(script?.compareDocumentPosition(call)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('for another lender: no WeBank number anywhere, and where to find the real one', () => {
    renderWords('zh-CN', { lender: ['otherOrUnsure'] });
    expect(document.body.textContent).not.toContain('95384');
    expect(document.body.textContent).not.toContain('微众');
    expect(screen.getByText(/借款合同或官方 App 里写的官方客服电话/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^tel:/ })).toBeNull();
  });

  it.each([
    ['both named', { lender: ['webank', 'otherOrUnsure'] }],
    ['not asked yet', {}],
  ])('%s: each lender on its own line, in English too', (_, answers: Answers) => {
    renderWords('en', answers);
    const items = [...document.querySelectorAll('.lender-hotlines li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('95384');
    expect(items[1]).not.toContain('95384');
  });
});
