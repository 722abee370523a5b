/** The region and project the user last picked, kept in localStorage, checked against the config. */
import type { RuntimeConfig } from './config';

const KEY = 'elb-console.session';

export interface SessionChoice {
  region: string;
  projectId: string;
}

export function loadSessionChoice(config: RuntimeConfig): SessionChoice {
  const fallback = { region: config.region, projectId: config.projects[0]!.id };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SessionChoice> | null;
    return {
      region: config.regions.some((region) => region.id === saved?.region) ? saved!.region! : fallback.region,
      projectId: config.projects.some((project) => project.id === saved?.projectId)
        ? saved!.projectId!
        : fallback.projectId,
    };
  } catch {
    return fallback;
  }
}

export function saveSessionChoice(choice: SessionChoice): void {
  localStorage.setItem(KEY, JSON.stringify(choice));
}
