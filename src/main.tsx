/**
 * Boot: read the runtime config, start the in-browser cloud in mock mode, then render.
 * The mock cloud is imported lazily so remote mode never downloads it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { setApiSession } from './api/session';
import { App } from './app/app';
import { BootError } from './app/boot-error';
import { initI18n } from './i18n';
import { loadRuntimeConfig } from './lib/config';
import type { MockControl } from './lib/mock-control';
import { loadSessionChoice } from './lib/session-choice';

// CSP allows no eval: zod must not try to compile validators with new Function().
z.config({ jitless: true });

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  try {
    await initI18n();
    const config = await loadRuntimeConfig();
    const choice = loadSessionChoice(config);
    setApiSession({ config, ...choice });
    let mock: MockControl | undefined;
    if (config.apiMode === 'mock') {
      const { startMockCloud } = await import('./mocks/browser');
      mock = await startMockCloud({ ...config.mock, token: config.authToken });
    }
    root.render(
      <StrictMode>
        <App config={config} mock={mock} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<BootError error={error} />);
  }
}

void boot();
