/** Shared e2e helpers: open a page on a fresh scenario, and an axe check on every page. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export type Scenario = 'empty' | 'demo' | 'large' | 'quota-full';

export async function openConsole(page: Page, path: string, scenario: Scenario = 'demo'): Promise<void> {
  // The scenario goes into the query, before any #section of the path.
  const [target = path, hash] = path.split('#');
  const separator = target.includes('?') ? '&' : '?';
  await page.goto(`${target}${separator}scenario=${scenario}${hash === undefined ? '' : `#${hash}`}`);
  await expect(page.getByRole('banner')).toBeVisible();
}

/** No serious or critical accessibility violation on what is on screen now. */
export async function expectAccessible(page: Page): Promise<void> {
  // Colours are judged once transitions end: a toast or dialog fading in has not reached its contrast yet.
  // Endless animations (spinners) never end and are not waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

export const test = base.extend<{ consoleErrors: string[] }>({
  // Any uncaught error in the page fails the test.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
