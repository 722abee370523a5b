/**
 * Boot: read the runtime config, start the in-browser cloud in mock mode, then render.
 * The mock cloud is imported lazily so remote mode never downloads it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { setApiSession } from './api/session';
import { App } from './app/app';
import { BootError } from './app/boot-error';
import { preloadTooltip } from './components/tooltip';
import { AppRoutes, preloadRoute } from './app/router';
import { initI18n } from './i18n';
import { loadRuntimeConfig, type RuntimeConfig } from './lib/config';
import type { MockControl } from './lib/mock-control';
import { loadSessionChoice } from './lib/session-choice';

async function startMock(config: RuntimeConfig): Promise<MockControl> {
  const { startMockCloud } = await import('./mocks/browser');
  return startMockCloud({ ...config.mock, token: config.authToken });
}

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  // The current page's code loads while the rest boots. A failed preload (offline, a missing
  // translation file) must not stop the console: the page loads again and its boundary reports.
  const page = preloadRoute(window.location.pathname).catch(() => undefined);
  // Tooltips are not needed for the first paint; their code (with Popper.js) follows the page's.
  void preloadTooltip();
  try {
    // Translations, config and the mock cloud load in parallel; all are ready before the first render.
    const [config] = await Promise.all([loadRuntimeConfig(), initI18n()]);
    setApiSession({ config, ...loadSessionChoice(config) });
    const mock = config.apiMode === 'mock' ? await startMock(config) : undefined;
    await page;
    root.render(
      <StrictMode>
        <App config={config} mock={mock}>
          {/* Navigation renders at once: a transition would keep the old page on screen for a frame. */}
          <BrowserRouter useTransitions={false}>
            <AppRoutes />
          </BrowserRouter>
        </App>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<BootError error={error} />);
  }
}

void boot();
