/**
 * One lazy route per page, each with deep links and its own error boundary.
 * Paths mirror the guide's chapters; list state lives in each page's search params.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { PageLoading } from '../components/page-loading';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';

const page = (load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy' | 'errorElement'> => ({
  lazy: async () => ({ Component: (await load()).default }),
  errorElement: <RouteError />,
});

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, element: <Navigate to="/load-balancers" replace /> },
      { path: 'load-balancers', ...page(() => import('../features/load-balancers/routes/load-balancer-list-page')) },
      {
        path: 'load-balancers/create',
        ...page(() => import('../features/load-balancers/routes/create-load-balancer-page')),
      },
      {
        path: 'load-balancers/:loadBalancerId',
        ...page(() => import('../features/load-balancers/routes/load-balancer-detail-page')),
      },
      { path: 'quotas', ...page(() => import('../features/quotas/routes/quotas-page')) },
      { path: '*', ...page(() => import('./layout/not-found-page')) },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(appRoutes);
export type AppRouter = ReturnType<typeof createAppRouter>;
