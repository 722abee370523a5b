/** One track's stored place (chosen load balancer, confirmations), re-read whenever it changes. */
import { useSyncExternalStore } from 'react';
import { setupStore, type TrackState } from '../model/setup-store';
import type { Track } from '../model/tracks';

const NOT_STARTED: TrackState = {};

export function useTrackState(track: Track): TrackState {
  return useSyncExternalStore(setupStore.subscribe, setupStore.state)[track] ?? NOT_STARTED;
}

export function useStartedTracks(): ReturnType<typeof setupStore.state> {
  return useSyncExternalStore(setupStore.subscribe, setupStore.state);
}
