/**
 * Watches every running classic job wherever the operator is, so a job that ends while they work
 * elsewhere is still announced and its resources refreshed. Mounted only while some job runs
 * (job-watcher-gate.tsx).
 */
import { useTrackedJobs, useWatchJobs } from './use-classic-jobs';

export default function ClassicJobWatcher() {
  useWatchJobs(useTrackedJobs());
  return null;
}
