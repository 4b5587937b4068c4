// The screens that come after the first question, each a download of its own, fetched once the person has moved on.
import { retryableScreen as lazyScreen } from './retryableScreen.ts';

const review = lazyScreen(() => import('../questions/ReviewPage.tsx').then((m) => m.ReviewPage));
const result = lazyScreen(() => import('../result/ResultScreen.tsx').then((m) => m.ResultScreen));
const tools = lazyScreen(() => import('../tools/ToolPage.tsx').then((m) => m.ToolPage));
const describe = lazyScreen(() => import('../questions/DescribeStep.tsx').then((m) => m.DescribeStep));
const guidance = lazyScreen(() => import('../questions/GuidanceCards.tsx').then((m) => m.GuidanceCards));

export const ReviewPage = review.Screen;
export const ResultScreen = result.Screen;
export const ToolPage = tools.Screen;
export const GuidanceCards = guidance.Screen;
export const DescribeStep = describe.Screen;

/** Starts every download, so the answers page and the result are at hand when the person gets there. */
export function preloadScreens(): Promise<unknown> {
  return Promise.all([review, result, tools, guidance, describe].map((screen) => screen.preload())).catch(
    () => undefined,
  );
}
