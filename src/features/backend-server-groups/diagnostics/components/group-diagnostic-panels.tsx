/**
 * The three diagnostics of a group, each with the FAQ articles it answers: sticky sessions
 * (§12.4), traffic balance (§12.4) and the health check seen from the servers (§12.6, §12.7).
 */
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { LoadBalancer } from '../../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { SecurityGroupHelpLink } from '../../components/help-notes';
import type { GroupDiagnostics } from '../api/use-group-diagnostics';
import type { MemberTraffic } from '../api/use-member-traffic';
import type { BalanceCheck } from '../model/balance-checks';
import type { HealthCheckCheck } from '../model/health-check-checks';
import { DiagnosticPanel, type FaqReference } from './diagnostic-panel';
import { MemberSharesTable } from './member-shares-table';

const stickyFaqs: FaqReference[] = [{ topic: 'sticky-not-working', labelKey: 'sticky.faq' }];
const balanceFaqs: FaqReference[] = [{ topic: 'traffic-unbalanced', labelKey: 'balance.faq' }];
const intervalFaqs: FaqReference[] = [
  { topic: 'health-check-interval-differs', labelKey: 'healthCheck.faqInterval' },
  { topic: 'frequent-health-checks', labelKey: 'healthCheck.faqFrequent' },
  { topic: 'backend-healthy-when', labelKey: 'healthyWhenLink' },
];
const udpFaq: FaqReference = { topic: 'udp-precautions', labelKey: 'healthCheck.faqUdp' };

export function StickyDiagnosticPanel({ diagnostics }: { diagnostics: GroupDiagnostics }) {
  return <DiagnosticPanel area="sticky" checks={diagnostics.sticky} faqs={stickyFaqs} />;
}

export function BalanceDiagnosticPanel({
  lb,
  diagnostics,
  traffic,
}: {
  lb: LoadBalancer;
  diagnostics: GroupDiagnostics;
  traffic: MemberTraffic;
}) {
  const { t } = useTranslation('poolChecks');
  const extra = (check: BalanceCheck) =>
    check.id === 'traffic' && check.variant === 'noLogs' ? (
      <Link component={RouterLink} to={`/load-balancers/${lb.id}?tab=access-logs`} sx={{ justifySelf: 'start' }}>
        {t('balance.configureLogs')}
      </Link>
    ) : null;
  return (
    <DiagnosticPanel area="balance" checks={diagnostics.balance} faqs={balanceFaqs} extra={extra}>
      <MemberSharesTable shares={diagnostics.shares} traffic={traffic} />
    </DiagnosticPanel>
  );
}

export function HealthCheckDiagnosticPanel({
  pool,
  diagnostics,
  udpFirst = false,
}: {
  pool: Pool;
  diagnostics: GroupDiagnostics;
  /** Opened for the UDP precautions: says when the group is not a UDP group. */
  udpFirst?: boolean;
}) {
  const { t } = useTranslation('poolChecks');
  const udp = pool.protocol === 'UDP';
  const monitor = diagnostics.monitor;
  const faqs = udp || udpFirst ? [udpFaq, ...intervalFaqs] : intervalFaqs;
  const extra = (check: HealthCheckCheck) => (check.id === 'icmpSecurityGroup' ? <SecurityGroupHelpLink /> : null);
  return (
    <DiagnosticPanel
      area="healthCheck"
      checks={diagnostics.healthCheck}
      faqs={faqs}
      extra={extra}
      lead={
        udpFirst && !udp ? (
          <Typography variant="body2">{t('healthCheck.notUdp', { protocol: pool.protocol })}</Typography>
        ) : null
      }
    >
      {monitor ? (
        <Typography variant="body2" color="text.secondary">
          {t('healthyWhen', { retries: monitor.max_retries })}
        </Typography>
      ) : null}
    </DiagnosticPanel>
  );
}
