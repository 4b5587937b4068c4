// axe (WCAG 2.0/2.1/2.2 A and AA) on every screen of full journeys, with every disclosure opened.
import { answerWith, expect, expectNoViolations, optionLabels, outcomeTitle, test, uiText } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function next(page: Page, labels: string[]) {
  await answerWith(page, labels);
}

/** Waits for the whole result the last answer opened: the tap brings its first part, the rest follows once painted. */
async function openResult(page: Page) {
  await expect(
    page.getByRole('heading', { level: 1, name: outcomeTitle('collection-triage', 'result') }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: uiText('result.toolsHeading') })).toBeVisible();
}

test('every screen of the longest journey has no WCAG A/AA violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page, 'safetyNow');
  await next(page, optionLabels('collection-triage', 'safetyNow', 'violenceThreatened'));
  await expectNoViolations(page, 'safetyFirst');
  await next(page, optionLabels('collection-triage', 'safetyFirst', 'continueQuestions'));
  await expectNoViolations(page, 'lender');
  await next(page, optionLabels('collection-triage', 'lender', 'otherOrUnsure'));
  await expectNoViolations(page, 'contactKind');
  await page.getByRole('button', { name: uiText('question.continue') }).click();
  await expectNoViolations(page, 'contactKind with an error');
  await next(page, optionLabels('collection-triage', 'contactKind', 'call', 'courtPapers'));
  await expectNoViolations(page, 'courtPaperKind');
  await next(page, optionLabels('collection-triage', 'courtPaperKind', 'paymentOrder'));
  await next(page, optionLabels('collection-triage', 'loanStatus', 'overdue'));
  await next(page, optionLabels('collection-triage', 'collectorVerified', 'notChecked'));
  await next(page, optionLabels('collection-triage', 'redFlags', 'personalAccount'));
  await next(page, optionLabels('collection-triage', 'conduct', 'insults', 'toldThirdParties'));
  await next(page, optionLabels('collection-triage', 'paymentSituation', 'canPayPart'));
  await expectNoViolations(page, 'amountDisputed');
  await next(page, optionLabels('collection-triage', 'amountDisputed', 'amountWrong'));
  await openResult(page);
  await expectNoViolations(page, 'result');
  await page.getByRole('button', { name: uiText('result.changeAnswers') }).click();
  await expectNoViolations(page, 'review');
  await page.getByRole('button', { name: uiText('review.confirm') }).click();
  await openResult(page);
  await page.getByRole('button', { name: uiText('privacy.deleteAll') }).click();
  await expectNoViolations(page, 'delete confirmation');
});

test('the scan finds a violation when there is one: a button without a name', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    document.querySelector('main')?.append(document.createElement('button'));
  });
  await expect(expectNoViolations(page, 'a nameless button')).rejects.toThrow(/button-name/);
});

test('every screen of the court-papers guide has no WCAG A/AA violation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '我收到了法院文书，或被告知“被起诉了”' }).click();
  await expectNoViolations(page, 'howReceived');
  await next(page, optionLabels('court-papers', 'howReceived', 'someoneAtDoor'));
  await expectNoViolations(page, 'court safetyFirst');
  await next(page, optionLabels('collection-triage', 'safetyFirst', 'continueQuestions'));
  await next(page, optionLabels('court-papers', 'documentKind', 'judgment'));
  await next(page, optionLabels('court-papers', 'caseVerified', 'confirmedReal'));
  await expectNoViolations(page, 'receivedWhen');
  await next(page, optionLabels('court-papers', 'receivedWhen', 'over15Days'));
  await expectNoViolations(page, 'alsoHappening');
  await next(page, optionLabels('court-papers', 'alsoHappening', 'noneOfThese'));
  await next(page, optionLabels('court-papers', 'debtView', 'agreeCannotPay'));
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
    await next(page, optionLabels('collection-triage', 'safetyNow', 'atDoorNow'));
    await noSideways('safetyFirst');
    // The list at once, with every disclosure open, then on to the questions it skipped.
    await next(page, optionLabels('collection-triage', 'safetyFirst', 'showActionsNow'));
    await openResult(page);
    await page.locator('details').evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    await noSideways('result');
    const [goOn = ''] = optionLabels('collection-triage', 'safetyFirst', 'continueQuestions');
    await page.getByRole('button', { name: goOn }).click();
    await noSideways('lender');
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
