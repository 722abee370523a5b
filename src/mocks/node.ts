/** MSW in Node for route-level tests: the same cloud, one fresh instance per test. */
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createCloud, type Cloud, type ScenarioName } from '../../cloud';

const API_PATH = /^https?:\/\/[^/]+\/(v2\.0|v2|v1|v1\.0|v3|V1\.0)\//;

let cloud: Cloud = createCloud({ scenario: 'demo', settings: { provisioningDelayMs: 0, classicJobMs: 0 } });

export const server = setupServer(http.all(API_PATH, ({ request }) => cloud.handle(request)));

/** Starts the next test on a fresh copy of a scenario. */
export function startScenario(scenario: ScenarioName, provisioningDelayMs = 0): Cloud {
  cloud = createCloud({ scenario, settings: { provisioningDelayMs, classicJobMs: 0 } });
  return cloud;
}
