/**
 * The group diagnostics inside their FAQ articles (FEATURES §12.4–12.7): each picks a load balancer
 * and a backend server group itself (kept in the URL) and shows the same panel as the group's page.
 */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { LoadBalancer } from '../../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { DiagnosticTargetPicker } from '../../../../components/diagnostics/target-picker';
import { useGroupContext } from '../../api/use-group-context';
import { useGroupDiagnostics, type GroupDiagnostics } from '../api/use-group-diagnostics';
import { useMemberTraffic, type MemberTraffic } from '../api/use-member-traffic';
import type { DiagnosticArea } from './diagnostic-panel';
import { BalanceDiagnosticPanel, HealthCheckDiagnosticPanel, StickyDiagnosticPanel } from './group-diagnostic-panels';
import { GroupPicker } from './group-picker';
import { TROUBLESHOOT_PARAM } from './troubleshoot-section';
import { UnhealthyMembers } from './unhealthy-members';

interface PanelProps {
  lb: LoadBalancer;
  pool: Pool;
  diagnostics: GroupDiagnostics;
  traffic: MemberTraffic;
}

function GroupDiagnostic({
  lb,
  pool,
  area,
  panel,
}: {
  lb: LoadBalancer;
  pool: Pool;
  area: DiagnosticArea;
  panel(props: PanelProps): ReactNode;
}) {
  const { t } = useTranslation('poolChecks');
  const context = useGroupContext(lb, pool.id);
  const traffic = useMemberTraffic(lb.id, pool.id, area === 'balance');
  const diagnostics = useGroupDiagnostics(lb, context, area === 'balance' ? traffic.sample : undefined);
  if (!diagnostics) return <LinearProgress aria-label={t('loading')} />;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {panel({ lb, pool, diagnostics, traffic })}
      <Link
        component={RouterLink}
        to={`/load-balancers/${lb.id}/groups/${pool.id}?${TROUBLESHOOT_PARAM}=${area}`}
        sx={{ justifySelf: 'start' }}
      >
        {t('picker.openGroup')}
      </Link>
    </Box>
  );
}

function PickedGroup({ area, panel }: { area: DiagnosticArea; panel(props: PanelProps): ReactNode }) {
  return (
    <DiagnosticTargetPicker>
      {({ loadBalancer }) => (
        <GroupPicker lb={loadBalancer}>
          {(pool) => <GroupDiagnostic key={pool.id} lb={loadBalancer} pool={pool} area={area} panel={panel} />}
        </GroupPicker>
      )}
    </DiagnosticTargetPicker>
  );
}

export function StickySessionDiagnostic() {
  return <PickedGroup area="sticky" panel={({ diagnostics }) => <StickyDiagnosticPanel diagnostics={diagnostics} />} />;
}

export function TrafficBalanceDiagnostic() {
  return (
    <PickedGroup
      area="balance"
      panel={({ lb, diagnostics, traffic }) => (
        <BalanceDiagnosticPanel lb={lb} diagnostics={diagnostics} traffic={traffic} />
      )}
    />
  );
}

export function HealthCheckIntervalDiagnostic() {
  return (
    <PickedGroup
      area="healthCheck"
      panel={({ pool, diagnostics }) => <HealthCheckDiagnosticPanel pool={pool} diagnostics={diagnostics} />}
    />
  );
}

export function UdpPrecautionsDiagnostic() {
  return (
    <PickedGroup
      area="healthCheck"
      panel={({ pool, diagnostics }) => <HealthCheckDiagnosticPanel pool={pool} diagnostics={diagnostics} udpFirst />}
    />
  );
}

export function UnhealthyBackendDiagnostic() {
  return (
    <DiagnosticTargetPicker>{({ loadBalancer }) => <UnhealthyMembers lb={loadBalancer} />}</DiagnosticTargetPicker>
  );
}
