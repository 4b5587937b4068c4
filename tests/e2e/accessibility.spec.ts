// axe (WCAG 2.0/2.1/2.2 A and AA) on every screen of full journeys, with every disclosure opened.
import { answerWith, expect, expectNoViolations, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function next(page: Page, labels: string[]) {
  await answerWith(page, labels);
}

/** Waits for the whole result the last answer opened: the tap brings its first part, the rest follows once painted. */
async function openResult(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: '你的应对清单' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '接下来可以用的工具' })).toBeVisible();
}

test('every screen of the longest journey has no WCAG A/AA violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'safetyNow');
  await next(page, ['有人威胁要打我、伤害我或我的家人']);
  await expectNoViolations(page, 'safetyFirst');
  await next(page, ['我已经安全了，继续回答问题']);
  await expectNoViolations(page, 'lender');
  await next(page, ['别的平台或银行，或者不确定']);
  await expectNoViolations(page, 'contactKind');
  await page.getByRole('button', { name: '继续' }).click();
  await expectNoViolations(page, 'contactKind with an error');
  await next(page, ['打电话', '法院文书，或说我“已被起诉”']);
  await expectNoViolations(page, 'courtPaperKind');
  await next(page, ['收到了支付令']);
  await next(page, ['有，已经逾期了']);
  await next(page, ['还没有核实']);
  await next(page, ['把钱转到个人账户']);
  await next(page, ['辱骂、侮辱我', '把我欠钱的事告诉别人，或者威胁“爆通讯录”']);
  await next(page, ['只能还一部分，或者需要分期']);
  await expectNoViolations(page, 'amountDisputed');
  await next(page, ['不对，或者有我不认的费用']);
  await openResult(page);
  await expectNoViolations(page, 'result');
  await page.getByRole('button', { name: '看看或修改我的回答' }).click();
  await expectNoViolations(page, 'review');
  await page.getByRole('button', { name: '查看我的应对清单' }).click();
  await openResult(page);
  await page.getByRole('button', { name: '删除我的所有记录' }).click();
  await expectNoViolations(page, 'delete confirmation');
});

test('every screen of the court-papers guide has no WCAG A/AA violation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '我收到了法院文书，或被告知“被起诉了”' }).click();
  await expectNoViolations(page, 'howReceived');
  await next(page, ['现在有人在我家门口或单位，自称法院或律所的人']);
  await expectNoViolations(page, 'court safetyFirst');
  await next(page, ['我已经安全了，继续回答问题']);
  await next(page, ['判决书']);
  await next(page, ['核实过，案件是真的']);
  await expectNoViolations(page, 'receivedWhen');
  await next(page, ['已经超过 15 天']);
  await next(page, ['欠款是对的，但现在还不上全部']);
  await openResult(page);
  await expectNoViolations(page, 'court result');
});

test.describe('at 320 px wide with text at 200 %', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no screen scrolls sideways', async ({ page }) => {
    const noSideways = async (screen: string) => {
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `${screen} fits ${String(client)} px`).toBeLessThanOrEqual(client);
    };
    await page.goto('/');
    // Twice the app's 112.5 %, set through the CSSOM (the page's CSP rightly refuses injected style tags).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '225%';
    });
    await noSideways('safetyNow');
    await next(page, ['现在有人在我家门口、家里或单位']);
    await noSideways('safetyFirst');
    await next(page, ['现在就告诉我该做什么']);
    await noSideways('lender');
    await next(page, ['微粒贷（微众银行）']);
    await noSideways('review');
    await openResult(page);
    await page.locator('details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    await noSideways('result');
    // The tools, and the longest words: English, with the entry form open.
    for (const language of ['简体中文', 'English']) {
      // The switch offers the languages other than the one showing.
      if (language !== '简体中文') await page.getByRole('button', { name: language }).click();
      for (const [index, tool] of ['log', 'drafts', 'words'].entries()) {
        await page
          .locator('.tools-nav button')
          .nth(index + 1)
          .click();
        await expect(page.locator('main h1')).toBeVisible();
        await page.locator('details').evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        await noSideways(`${tool} (${language})`);
      }
      await page.locator('.tools-nav button').nth(1).click();
      await page.locator('.contact-log .button-primary').click();
      await noSideways(`entry form (${language})`);
      await page.locator('.entry-form .buttons .button-secondary').click();
    }
  });

  test('every button and link outside running text is at least 44 px tall', async ({ page }) => {
    await page.goto('/');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, a.tel, .skip-exit:focus, summary')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ name: el.textContent.trim().slice(0, 20), height: el.getBoundingClientRect().height }))
        .filter((t) => t.height < 44),
    );
    expect(small).toEqual([]);
  });
});
