import type { TrackState } from '../model/setup-store';
import type { SetupProgress, SetupStep } from '../model/setup-progress';
import type { Track } from '../model/tracks';

/** What every step's details get from the guided setup page. */
export interface StepProps {
  track: Track;
  step: SetupStep;
  progress: SetupProgress;
  state: TrackState;
  /** This setup page, where the real screens send the user back to (`returnTo`). */
  here: string;
}

/** Another step of the setup, e.g. the servers step's names for the backend server suggestion. */
export const stepOf = (progress: SetupProgress, id: SetupStep['id']): SetupStep | undefined =>
  progress.steps.find((step) => step.id === id);
