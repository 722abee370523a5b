/**
 * Route-level tests: the real router, providers and pages, talking to the real cloud
 * through MSW (onUnhandledRequest: 'error'), with the English translations.
 */
import { render, screen, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { SCENARIO_PROJECT_ID, type Cloud, type ScenarioName } from '../../cloud';
import { setApiSession } from '../api/session';
import { App } from '../app/app';
import { AppRoutes } from '../app/router';
import common from '../../public/locales/en/common.json';
import certificates from '../../public/locales/en/certificates.json';
import elb from '../../public/locales/en/elb.json';
import groups from '../../public/locales/en/groups.json';
import help from '../../public/locales/en/help.json';
import listeners from '../../public/locales/en/listeners.json';
import lb from '../../public/locales/en/lb.json';
import mock from '../../public/locales/en/mock.json';
import nav from '../../public/locales/en/nav.json';
import policies from '../../public/locales/en/policies.json';
import quota from '../../public/locales/en/quota.json';
import rules from '../../public/locales/en/rules.json';
import traces from '../../public/locales/en/traces.json';
import alarms from '../../public/locales/en/alarms.json';
import accessLogs from '../../public/locales/en/accessLogs.json';
import monitoring from '../../public/locales/en/monitoring.json';
import classic from '../../public/locales/en/classic.json';
import poolChecks from '../../public/locales/en/poolChecks.json';
import lbChecks from '../../public/locales/en/lbChecks.json';
import overview from '../../public/locales/en/overview.json';
import faq from '../../public/locales/en/faq.json';
import gettingStarted from '../../public/locales/en/gettingStarted.json';
import { i18n, initI18n } from '../i18n';
import type { RuntimeConfig } from '../lib/config';
import { startScenario } from '../mocks/node';

const ORIGIN = 'http://localhost';

export const testConfig: RuntimeConfig = {
  apiMode: 'mock',
  region: 'eu-de',
  regions: [{ id: 'eu-de', name: 'eu-de (Germany)' }],
  projects: [{ id: SCENARIO_PROJECT_ID, name: 'eu-de_ops-production' }],
  endpoints: { elb: ORIGIN, vpc: ORIGIN, ecs: ORIGIN, ces: ORIGIN, cts: ORIGIN, lts: ORIGIN },
  authToken: 'test-token',
  mock: { scenario: 'demo', provisioningDelayMs: 0 },
};

async function englishOnce(): Promise<void> {
  if (i18n.isInitialized) return;
  await initI18n({
    en: {
      common,
      lb,
      mock,
      nav,
      quota,
      rules,
      elb,
      listeners,
      groups,
      help,
      policies,
      certificates,
      traces,
      alarms,
      accessLogs,
      monitoring,
      classic,
      poolChecks,
      lbChecks,
      overview,
      faq,
      gettingStarted,
    },
  });
}

export interface RouteTest extends RenderResult {
  user: UserEvent;
  cloud: Cloud;
  /** Where the app is now, and a way to go elsewhere, as a test sees the router. */
  router: { state: { location: Location }; navigate: NavigateFunction };
}

/** Records the router's location and navigate function for the test. */
function RouterProbe({ report }: { report(location: Location, navigate: NavigateFunction): void }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => report(location, navigate), [location, navigate, report]);
  return null;
}

export async function renderRoute(path: string, scenario: ScenarioName = 'demo'): Promise<RouteTest> {
  await englishOnce();
  const cloud = startScenario(scenario);
  setApiSession({ config: testConfig, region: 'eu-de', projectId: SCENARIO_PROJECT_ID });
  const router = { state: {} } as RouteTest['router'];
  const user = userEvent.setup();
  const result = render(
    <App config={testConfig}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <RouterProbe
          report={(location, navigate) => {
            router.state.location = location;
            router.navigate = navigate;
          }}
        />
      </MemoryRouter>
    </App>,
  );
  // The lazy route has loaded once its heading is on screen.
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return { ...result, user, cloud, router };
}
