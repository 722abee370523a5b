/** Drives a cloud in unit tests through its one entry point, as the console does. */
import { manualClock, type ManualClock } from '../clock';
import { createCloud, type Cloud } from '../cloud';
import { SCENARIO_PROJECT_ID, SEED_EPOCH_MS, type ScenarioName } from '../scenarios';
import type { CloudSettings } from '../settings';
import type { Snapshot } from '../store/store';

export const PROJECT = SCENARIO_PROJECT_ID;

export interface Harness {
  cloud: Cloud;
  clock: ManualClock;
  /** Sends a request; `:project_id` in the path is filled in. */
  send<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
}

/** `scenario` is a named scenario or a snapshot (a scenario a test has tailored). */
export function harness(scenario: ScenarioName | Snapshot = 'demo', settings: Partial<CloudSettings> = {}): Harness {
  const clock = manualClock(SEED_EPOCH_MS + 30 * 24 * 3_600_000);
  const cloud = createCloud({ scenario, clock, settings: { provisioningDelayMs: 0, ...settings } });
  return {
    cloud,
    clock,
    async send<T>(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = { 'X-Auth-Token': 'test-token' },
    ) {
      const request = new Request(`http://cloud.test${path.replace(':project_id', PROJECT)}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const response = await cloud.handle(request);
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
  };
}
