/** Providers around the routes: theme, query cache, notifications, session and mock control. */
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { NotificationsProvider } from '../components/notifications';
import type { RuntimeConfig } from '../lib/config';
import { MockControlContext, type MockControl } from '../lib/mock-control';
import { RuntimeConfigContext } from '../lib/runtime-config-context';
import { createQueryClient } from './query-client';
import { theme } from './theme';

/** `children` is the router with the routes: BrowserRouter in the app, MemoryRouter in tests. */
export function App({ config, mock, children }: { config: RuntimeConfig; mock?: MockControl; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline />
      <RuntimeConfigContext.Provider value={config}>
        <MockControlContext.Provider value={mock}>
          <QueryClientProvider client={queryClient}>
            <NotificationsProvider>{children}</NotificationsProvider>
          </QueryClientProvider>
        </MockControlContext.Provider>
      </RuntimeConfigContext.Provider>
    </ThemeProvider>
  );
}
