/**
 * The load balancer page as the console composes it: the load balancer's own tabs plus the
 * Listeners and Backend Server Groups tabs, which belong to their own features (a feature
 * never imports another; the app wires them together here). The listener pane gets the
 * group panel and the Forwarding Policies and Redirects tabs the same way.
 */
import { useTranslation } from 'react-i18next';
import { AccessLogsTab } from '../../features/access-logs/components/access-logs-tab';
import { ListenerAudit, LoadBalancerAudit } from '../../features/audit-traces/components/resource-audit';
import { GroupPanel } from '../../features/backend-server-groups/components/group-panel';
import { BackendServerGroupsTab } from '../../features/backend-server-groups/components/groups-tab';
import { ForwardingPoliciesTab } from '../../features/forwarding-policies/components/forwarding-policies-tab';
import { RedirectsTab } from '../../features/forwarding-policies/components/redirects-tab';
import { canRedirect, hasForwardingPolicies } from '../../features/forwarding-policies/model/listener-sections';
import { ListenersTab, type ListenerPanels } from '../../features/listeners/components/listeners-tab';
import LoadBalancerDetailPage, { type DetailTab } from '../../features/load-balancers/routes/load-balancer-detail-page';
import { isPending } from '../../features/load-balancers/model/lb-status';
import { ListenerMonitoring, LoadBalancerMonitoring } from '../../features/monitoring/components/monitoring-tabs';
import { createAlarmFromChart } from './alarm-action';

export default function ComposedLoadBalancerDetailPage() {
  const { t } = useTranslation(['lb', 'policies', 'traces', 'accessLogs', 'monitoring']);
  const panels: ListenerPanels = {
    GroupPanel,
    sections: [
      {
        id: 'policies',
        label: t('policies:tabs.policies'),
        appliesTo: hasForwardingPolicies,
        render: (lb, listener) => (
          <ForwardingPoliciesTab loadBalancer={lb} listener={listener} GroupPanel={GroupPanel} />
        ),
      },
      {
        id: 'redirects',
        label: t('policies:tabs.redirects'),
        appliesTo: canRedirect,
        render: (lb, listener) => <RedirectsTab loadBalancer={lb} listener={listener} />,
      },
      {
        id: 'monitoring',
        label: t('monitoring:tab'),
        appliesTo: () => true,
        render: (_lb, listener) => <ListenerMonitoring listener={listener} alarmAction={createAlarmFromChart} />,
      },
      {
        id: 'audit',
        label: t('traces:audit.tab'),
        appliesTo: () => true,
        render: (lb, listener) => <ListenerAudit loadBalancer={lb} listener={listener} />,
      },
    ],
  };
  const tabs: DetailTab[] = [
    {
      id: 'listeners',
      label: t('detail.tab.listeners'),
      render: (lb) => (
        <ListenersTab
          loadBalancer={lb}
          panels={panels}
          addBlocked={isPending(lb) ? t('detail.pendingBanner') : undefined}
        />
      ),
    },
    {
      id: 'groups',
      label: t('detail.tab.groups'),
      render: (lb) => <BackendServerGroupsTab loadBalancer={lb} />,
    },
    {
      id: 'monitoring',
      label: t('monitoring:tab'),
      render: (lb) => <LoadBalancerMonitoring loadBalancer={lb} alarmAction={createAlarmFromChart} />,
    },
    { id: 'access-logs', label: t('accessLogs:tab'), render: (lb) => <AccessLogsTab loadBalancer={lb} /> },
    { id: 'audit', label: t('traces:audit.tab'), render: (lb) => <LoadBalancerAudit loadBalancer={lb} /> },
  ];
  return <LoadBalancerDetailPage extraTabs={tabs} />;
}
