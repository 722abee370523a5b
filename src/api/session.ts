/**
 * Where requests go: the runtime config plus the region and project the user picked
 * in the header. The app sets it at start-up and on every switch; clients read it per call.
 */
import type { RuntimeConfig } from '../lib/config';

export interface ApiSession {
  config: RuntimeConfig;
  region: string;
  projectId: string;
}

let current: ApiSession | undefined;

export function setApiSession(session: ApiSession): void {
  current = session;
}

export function apiSession(): ApiSession {
  if (!current) throw new Error('The API session is used before the runtime config was loaded.');
  return current;
}
