/**
 * What a guided setup cannot read from the API, kept in localStorage per project: which load
 * balancer it is about and the user's own confirmations. A reload, or coming back from one of
 * the real screens, finds the same place. Another tab's changes arrive through `storage` events.
 */
import { apiSession } from '../../../api/session';
import type { Track } from './tracks';

export interface TrackState {
  loadBalancerId?: string;
  deployConfirmed?: boolean;
}

export type SetupState = Partial<Record<Track, TrackState>>;

const STORAGE_PREFIX = 'elb-console.getting-started.';

const subscribers = new Set<() => void>();
/** The last state read, with the stored text it came from (useSyncExternalStore compares by identity). */
let cache: { key: string; raw: string | null; state: SetupState } | undefined;

const storageKey = () => `${STORAGE_PREFIX}${apiSession().projectId}`;

function parseTrack(value: unknown): TrackState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { loadBalancerId, deployConfirmed } = value as Record<string, unknown>;
  return {
    ...(typeof loadBalancerId === 'string' ? { loadBalancerId } : {}),
    ...(deployConfirmed === true ? { deployConfirmed } : {}),
  };
}

/** Tolerates anything stored: a broken or foreign value reads as "not started". */
export function parseSetupState(raw: string | null): SetupState {
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { entry, advanced } = parsed as Record<string, unknown>;
    const state: SetupState = {};
    const [entryState, advancedState] = [parseTrack(entry), parseTrack(advanced)];
    if (entryState) state.entry = entryState;
    if (advancedState) state.advanced = advancedState;
    return state;
  } catch {
    return {};
  }
}

/** Storage can be blocked (privacy settings): the setup then keeps no place, and still works. */
function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function snapshot(): SetupState {
  const key = storageKey();
  const raw = readStored(key);
  if (cache?.key !== key || cache.raw !== raw) cache = { key, raw, state: parseSetupState(raw) };
  return cache.state;
}

function save(state: SetupState): void {
  try {
    localStorage.setItem(storageKey(), JSON.stringify(state));
  } catch {
    // Blocked or full storage: the setup keeps no place (see readStored); nothing else breaks.
  }
  subscribers.forEach((notify) => notify());
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith(STORAGE_PREFIX)) subscribers.forEach((notify) => notify());
  });
}

export const setupStore = {
  subscribe(notify: () => void): () => void {
    subscribers.add(notify);
    return () => subscribers.delete(notify);
  },
  state: snapshot,
  update(track: Track, change: Partial<TrackState>): void {
    const current = snapshot();
    save({ ...current, [track]: { ...current[track], ...change } });
  },
  startOver(track: Track): void {
    // An undefined track is left out of the stored JSON: the track reads as not started.
    save({ ...snapshot(), [track]: undefined });
  },
};
