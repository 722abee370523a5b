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
import { createAppRouter } from './router';
import { theme } from './theme';

export function App({ config, mock }: { config: RuntimeConfig; mock?: MockControl }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
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
