/**
 * The load balancer page as the console composes it: the load balancer's own tabs plus the
 * Listeners and Backend Server Groups tabs, which belong to their own features (a feature
 * never imports another; the app wires them together here).
 */
import { useTranslation } from 'react-i18next';
import { GroupPanel } from '../../features/backend-server-groups/components/group-panel';
import { BackendServerGroupsTab } from '../../features/backend-server-groups/components/groups-tab';
import { ListenersTab } from '../../features/listeners/components/listeners-tab';
import LoadBalancerDetailPage, { type DetailTab } from '../../features/load-balancers/routes/load-balancer-detail-page';
import { isPending } from '../../features/load-balancers/model/lb-status';

export default function ComposedLoadBalancerDetailPage() {
  const { t } = useTranslation('lb');
  const tabs: DetailTab[] = [
    {
      id: 'listeners',
      label: t('detail.tab.listeners'),
      render: (lb) => (
        <ListenersTab
          loadBalancer={lb}
          GroupPanel={GroupPanel}
          addBlocked={isPending(lb) ? t('detail.pendingBanner') : undefined}
        />
      ),
    },
    {
      id: 'groups',
      label: t('detail.tab.groups'),
      render: (lb) => <BackendServerGroupsTab loadBalancer={lb} />,
    },
  ];
  return <LoadBalancerDetailPage extraTabs={tabs} />;
}
