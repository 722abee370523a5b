/**
 * Mounts the job watcher only while some classic job runs. The app layout loads this gate after the
 * first paint, so neither the job store nor the watcher is part of any page's first download.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { classicJobStore } from './job-store';

const ClassicJobWatcher = lazy(() => import('./job-watcher'));

export default function ClassicJobWatcherGate() {
  const running = useSyncExternalStore(classicJobStore.subscribe, classicJobStore.hasRunning);
  return running ? (
    <Suspense fallback={null}>
      <ClassicJobWatcher />
    </Suspense>
  ) : null;
}
