/** The load balancer diagnostics inside their FAQ articles; each picks its load balancer itself (in the URL). */
import { withLoadBalancerPicker } from '../../../components/diagnostics/target-picker';
import { DeleteImpactPanel, UsedSeparatelyPanel } from './lb-panels';

export { QuotaUsagePanel as QuotaUsageDiagnostic } from './lb-panels';

export const UsedSeparatelyDiagnostic = withLoadBalancerPicker(UsedSeparatelyPanel);
export const DeleteImpactDiagnostic = withLoadBalancerPicker(DeleteImpactPanel, 'deleteImpact.intro');
