/** Named scenarios: fixed IDs and times, no randomness. */
import type { Snapshot } from '../store/store';
import { ScenarioBuilder } from './builder';
import { demo, quotaFull } from './demo';
import { large } from './large';

export { SCENARIO_PROJECT_ID, SEED_EPOCH_MS } from './builder';

/** `empty`: a new account with only its default VPC and subnet. */
function empty(): Snapshot {
  const builder = new ScenarioBuilder('empty', 300);
  const vpc = builder.vpc('vpc-default', '192.168.0.0/16');
  builder.subnet(vpc, 'subnet-default', '192.168.0.0/24');
  return builder.build();
}

export const scenarios = { empty, demo, large, 'quota-full': quotaFull } as const;
export type ScenarioName = keyof typeof scenarios;
export const scenarioNames = Object.keys(scenarios) as ScenarioName[];

export const isScenarioName = (value: string): value is ScenarioName => value in scenarios;

export function buildScenario(name: ScenarioName): Snapshot {
  return scenarios[name]();
}
