/** Route tests of the audit pages: writes sent straight to the test's cloud leave the traces to find. */
import type { RouteTest } from '../../../testing/render-route';

export async function send(cloud: RouteTest['cloud'], method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await cloud.handle(
    new Request(`http://localhost${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 'test-token' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return response.json();
}
