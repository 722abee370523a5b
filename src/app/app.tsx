/** Providers around the router: theme, query cache, notifications, session and mock control. */
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { NotificationsProvider } from '../components/notifications';
import type { RuntimeConfig } from '../lib/config';
import { MockControlContext, type MockControl } from '../lib/mock-control';
import { RuntimeConfigContext } from '../lib/runtime-config-context';
import { createQueryClient } from './query-client';
import type { AppRouter } from './router';
import { theme } from './theme';

export function App({ config, mock, router }: { config: RuntimeConfig; mock?: MockControl; router: AppRouter }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline />
      <RuntimeConfigContext.Provider value={config}>
        <MockControlContext.Provider value={mock}>
          <QueryClientProvider client={queryClient}>
            <NotificationsProvider>
              <RouterProvider router={router} />
            </NotificationsProvider>
          </QueryClientProvider>
        </MockControlContext.Provider>
      </RuntimeConfigContext.Provider>
    </ThemeProvider>
  );
}
