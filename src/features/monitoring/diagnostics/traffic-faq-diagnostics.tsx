/** The traffic diagnostics inside their FAQ articles: each picks its load balancer itself (in the URL). */
import { withLoadBalancerPicker } from '../../../components/diagnostics/target-picker';
import { BandwidthPanel, StressTestPanel, TrafficInconsistentPanel } from './traffic-panels';

export const TrafficInconsistentDiagnostic = withLoadBalancerPicker(
  TrafficInconsistentPanel,
  'trafficInconsistent.intro',
);
export const StressTestDiagnostic = withLoadBalancerPicker(StressTestPanel, 'stressTest.intro');
export const BandwidthDiagnostic = withLoadBalancerPicker(BandwidthPanel, 'bandwidth.intro');
