/**
 * Setting a scenario up through the service's own API, from inside the page (mock mode answers
 * there), for steps that are not what a test is about. Every call must succeed.
 */
import { expect, type Page } from '@playwright/test';

export async function api<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const config = (await (await fetch('/config.json')).json()) as { authToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': config.authToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    { method, path, body },
  );
  expect(result.status, `${method} ${path}: ${JSON.stringify(result.body)}`).toBeLessThan(300);
  return result.body as T;
}
