import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { preloadTooltip } from '../components/tooltip';
import { server } from '../mocks/node';

// The app loads tooltips after its first paint; tests render them from the start.
await preloadTooltip();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Each test starts with a fresh cloud; jobs a test left in the browser's store would point at nothing.
  localStorage.clear();
});
afterAll(() => server.close());
