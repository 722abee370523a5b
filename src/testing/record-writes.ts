/** Route tests: records the write calls sent while a test runs (MSW sees every request). */
import { server } from '../mocks/node';

export function recordWrites() {
  const writes: { method: string; path: string; body: unknown }[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET') return;
    const clone = request.clone();
    const entry = { method: request.method, path: new URL(request.url).pathname, body: undefined as unknown };
    writes.push(entry);
    void clone.text().then((text) => {
      entry.body = text ? JSON.parse(text) : undefined;
    });
  };
  server.events.on('request:start', listener);
  return { writes, stop: () => server.events.removeListener('request:start', listener) };
}
