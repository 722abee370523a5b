/**
 * The classic load balancer page as the console composes it: the classic feature's page with its
 * Listeners tab, and the monitoring feature's charts for the classic dimension (lb_instance_id).
 * "Create alarm rule" is not offered on these charts: the alarm rule form does not offer classic load
 * balancers (lb_instance_id) yet.
 */
import { useTranslation } from 'react-i18next';
import { ClassicListenersTab } from '../../features/classic/listeners/components/listeners-tab';
import ClassicLoadBalancerPage, {
  type ClassicDetailTab,
} from '../../features/classic/routes/classic-load-balancer-page';
import { ClassicLoadBalancerMonitoring } from '../../features/monitoring/components/monitoring-tabs';

export default function ComposedClassicLoadBalancerPage() {
  const { t } = useTranslation(['classic', 'monitoring']);
  const tabs: ClassicDetailTab[] = [
    {
      id: 'listeners',
      label: t('classic:detail.tab.listeners'),
      render: (lb) => <ClassicListenersTab loadBalancer={lb} />,
    },
    {
      id: 'monitoring',
      label: t('monitoring:tab'),
      render: (lb) => <ClassicLoadBalancerMonitoring loadBalancer={lb} />,
    },
  ];
  return <ClassicLoadBalancerPage extraTabs={tabs} />;
}
