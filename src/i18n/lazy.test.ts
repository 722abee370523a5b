import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from './index';
import { loadNamespaces, withNamespaces } from './lazy';

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('help translations loaded with their route', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for i18next to start, fetches a namespace once, and retries one that failed', async () => {
    const fetch = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('gone', { status: 503 }))
      .mockResolvedValue(ok({ title: 'FAQs' }));
    vi.stubGlobal('fetch', fetch);
    // A help page opened directly asks before i18next has started (main.tsx preloads the route).
    const first = loadNamespaces(['faq']);
    await initI18n({ en: { common: {} } });
    await expect(first).rejects.toThrow('Could not load the en translations (faq.json): HTTP 503');

    const page = await withNamespaces(Promise.resolve({ default: 'page' }), ['faq']);
    expect(page.default).toBe('page');
    expect(i18n.t('title', { ns: 'faq' })).toBe('FAQs');
    await loadNamespaces(['faq']);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/locales/en/faq.json', '/locales/en/faq.json']);
  });
});
