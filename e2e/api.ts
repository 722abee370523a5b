/**
 * Setting a scenario up through the service's own API, from inside the page (mock mode answers
 * there), for steps that are not what a test is about. Every call must succeed.
 */
import { expect, type Page } from '@playwright/test';

/** The demo scenarios' project, for the API paths that name it (v1.0, v3). */
export const PROJECT_ID = '6c7f0a1b2c3d4e5f8091a2b3c4d5e6f7';

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
