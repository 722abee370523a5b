/**
 * One lazy route per page, each with deep links and its own error boundary.
 * Paths mirror the guide's chapters; list state lives in each page's search params.
 * Declarative routes (BrowserRouter + Routes) keep the data-router machinery, which
 * the console does not use, out of the first download.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { matchRoutes, Navigate, Route, Routes } from 'react-router';
import { lazyNamespaces, withNamespaces } from '../i18n/lazy';
import { AppLayout } from './layout/app-layout';
import { RouteBoundary } from './layout/route-error';

interface PageRoute {
  path: string;
  load: () => Promise<{ default: ComponentType }>;
}

export const pageRoutes: PageRoute[] = [
  { path: '/load-balancers', load: () => import('./pages/load-balancer-list-page') },
  { path: '/load-balancers/create', load: () => import('./pages/create-load-balancer-page') },
  {
    path: '/load-balancers/classic/:loadBalancerId',
    load: () => import('./pages/classic-load-balancer-page'),
  },
  {
    path: '/load-balancers/:loadBalancerId/groups/:poolId',
    load: () => import('../features/backend-server-groups/routes/group-detail-page'),
  },
  {
    path: '/load-balancers/:loadBalancerId',
    load: () => import('./pages/load-balancer-detail-page'),
  },
  {
    path: '/load-balancers/:loadBalancerId/listeners/add',
    load: () => import('../features/listeners/wizard/add-listener-page'),
  },
  { path: '/certificates', load: () => import('./pages/certificates-page') },
  { path: '/quotas', load: () => import('../features/quotas/routes/quotas-page') },
  { path: '/help/security-group-rules', load: () => import('../features/help/routes/security-group-rules-page') },
  { path: '/monitoring', load: () => import('./pages/monitoring-page') },
  { path: '/traces', load: () => import('../features/audit-traces/routes/traces-page') },
  { path: '/alarm-rules', load: () => import('../features/alarm-rules/routes/alarm-rules-page') },
  { path: '/help/key-operations', load: () => import('../features/audit-traces/routes/key-operations-page') },
  { path: '/help/classic-vs-enhanced', load: () => import('../features/help/routes/classic-vs-enhanced-page') },
  // Help pages link across chapters (search, related topics), so each loads all the help texts.
  { path: '/help', load: () => withNamespaces(import('../features/help/routes/help-center-page'), lazyNamespaces) },
  {
    path: '/help/overview',
    load: () => withNamespaces(import('../features/help/routes/overview-page'), lazyNamespaces),
  },
  {
    path: '/help/toa-plug-in',
    load: () => withNamespaces(import('../features/help/routes/toa-plug-in-page'), lazyNamespaces),
  },
  { path: '/help/faq', load: () => withNamespaces(import('../features/help/routes/faq-page'), lazyNamespaces) },
  {
    path: '/help/getting-started',
    load: () => withNamespaces(import('../features/getting-started/routes/getting-started-page'), ['gettingStarted']),
  },
  {
    path: '/help/getting-started/:track',
    load: () => withNamespaces(import('../features/getting-started/routes/guided-setup-page'), ['gettingStarted']),
  },
  { path: '/help/faq/:topic', load: () => withNamespaces(import('./pages/faq-article-page'), lazyNamespaces) },
  { path: '*', load: () => import('./layout/not-found-page') },
];

/** Pages whose code has arrived; they render at once, without a Suspense round. */
const loaded = new Map<string, ComponentType>();

const pages = pageRoutes.map((route) => ({
  ...route,
  Lazy: lazy(() =>
    route.load().then((module) => {
      loaded.set(route.path, module.default);
      return module;
    }),
  ),
}));

/**
 * Loads the current page's code while the console boots. Rendering it from the loaded
 * module skips React's Suspense reveal throttle (300 ms) on the first paint.
 */
export async function preloadRoute(pathname: string): Promise<void> {
  const match = matchRoutes(pageRoutes, pathname)?.at(-1);
  const route = pageRoutes.find((candidate) => candidate.path === match?.route.path);
  if (route) loaded.set(route.path, (await route.load()).default);
}

/** The page's own component once loaded (a stable, module-level reference), else its lazy wrapper. */
function Page({ path, Lazy }: { path: string; Lazy: ComponentType }) {
  return createElement(loaded.get(path) ?? Lazy);
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/load-balancers" replace />} />
        {pages.map(({ path, Lazy }) => (
          <Route
            key={path}
            path={path}
            element={
              <RouteBoundary>
                <Page path={path} Lazy={Lazy} />
              </RouteBoundary>
            }
          />
        ))}
      </Route>
    </Routes>
  );
}
