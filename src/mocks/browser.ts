/**
 * Mock mode: MSW's service worker hands every API request to `cloud.handle`.
 * The handler stays thin (STYLE rule 11): state, paging and validation live in cloud/.
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createCloud, isScenarioName, scenarioNames, type Cloud, type ScenarioName } from '../../cloud';
import type { MockControl } from '../lib/mock-control';
import { clearSnapshot, loadSnapshot, saveSnapshot } from './persistence';

export interface MockOptions {
  /** Scenario from config.json; `?scenario=NAME` in the URL overrides it (tests use that). */
  scenario: string;
  provisioningDelayMs: number;
  token: string;
}

const API_PATH = /^https?:\/\/[^/]+\/(v2\.0|v2|v1|v1\.0|v3|V1\.0)\//;

function requestedScenario(fallback: string): ScenarioName {
  const fromUrl = new URLSearchParams(window.location.search).get('scenario');
  if (fromUrl && isScenarioName(fromUrl)) return fromUrl;
  return isScenarioName(fallback) ? fallback : 'demo';
}

export async function startMockCloud(options: MockOptions): Promise<MockControl> {
  const scenario = requestedScenario(options.scenario);
  const settings = {
    provisioningDelayMs: options.provisioningDelayMs,
    ...(options.token ? { token: options.token } : {}),
  };
  let cloud: Cloud | undefined;
  const worker = setupWorker(
    http.all(API_PATH, async ({ request }) => {
      if (!cloud) return new Response(null, { status: 503 });
      const response = await cloud.handle(request);
      // Await the save so a reload right after a write still finds it.
      if (request.method !== 'GET') await saveSnapshot(cloud.store.snapshot());
      return response;
    }),
  );
  // The worker registers while the saved state is read; no request is answered before both are done.
  const [saved] = await Promise.all([
    loadSnapshot(),
    worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } }),
  ]);
  // The saved snapshot was just read from IndexedDB: nothing else holds it.
  cloud = createCloud({
    scenario: saved?.meta.scenario === scenario ? saved : scenario,
    adoptSnapshot: true,
    settings,
  });

  const restart = async (name: ScenarioName) => {
    await clearSnapshot();
    cloud = createCloud({ scenario: name, settings });
    await saveSnapshot(cloud.store.snapshot());
  };
  return {
    scenario,
    scenarios: scenarioNames,
    reset: () => restart(scenario),
    switchTo: (name) => restart(isScenarioName(name) ? name : 'demo'),
  };
}
