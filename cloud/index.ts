/** The in-browser (and later local) cloud: one `handle(Request)` for every API the console calls. */
export { createCloud, type Cloud, type CloudOptions } from './cloud';
export { manualClock, systemClock, type Clock, type ManualClock } from './clock';
export { scenarioNames, isScenarioName, SCENARIO_PROJECT_ID, type ScenarioName } from './scenarios';
export type { Snapshot } from './store/store';
