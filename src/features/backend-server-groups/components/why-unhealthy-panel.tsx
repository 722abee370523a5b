/**
 * "Why is this server unhealthy?" (FEATURES §12.7): the FAQ's checks in order, passed or
 * failed from live data, or to verify by hand with the FAQ's commands, each with its fix.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { CopyLine } from '../../../components/copy-line';
import { StatusChip, type StatusTone } from '../../../components/status-chip';
import type { FaqTopic } from '../../../lib/help-topics';
import type { GroupContext } from '../api/use-group-context';
import { FaqLink } from '../diagnostics/components/faq-link';
import type { MemberRow } from '../model/member-rows';
import { whyUnhealthyChecks, type CheckStatus, type UnhealthyCheck } from '../model/why-unhealthy';
import { SecurityGroupHelpLink } from './help-notes';

const tone: Record<CheckStatus, StatusTone> = { passed: 'ok', failed: 'error', verify: 'warn' };

/** The FAQ that explains a by-hand check step by step (FEATURES §12.6), where there is one. */
const checkFaqs: Partial<Record<UnhealthyCheck['id'], FaqTopic>> = {
  listening: 'backend-status',
  route: 'backend-network-conditions',
  securityGroup: 'backend-network-configuration',
};

function CheckItem({ check }: { check: UnhealthyCheck }) {
  const { t } = useTranslation('groups');
  const titleId = useId();
  const faq = checkFaqs[check.id];
  return (
    <Box component="li" aria-labelledby={titleId} sx={{ display: 'grid', gap: 0.5, py: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <StatusChip tone={tone[check.status]} label={t(`why.status.${check.status}`)} />
        <Typography id={titleId} variant="body1" sx={{ fontWeight: 600 }}>
          {t(`why.checks.${check.id}.title`)}
        </Typography>
      </Box>
      <Typography variant="body2">{t(`why.checks.${check.id}.${check.variant}`, check.params)}</Typography>
      {check.commands?.map((command) => (
        <CopyLine key={command} value={command} label={t('why.copyCommand', { command })} />
      ))}
      {check.id === 'securityGroup' || check.id === 'networkAcl' ? <SecurityGroupHelpLink /> : null}
      {faq ? <FaqLink topic={faq} label={t(`why.checkFaq.${faq}`)} newTab /> : null}
    </Box>
  );
}

export function WhyUnhealthyPanel({
  lb,
  pool,
  row,
  context,
  onClose,
}: {
  lb: LoadBalancer;
  pool: Pool;
  row: MemberRow;
  context: GroupContext;
  onClose(): void;
}) {
  const { t } = useTranslation('groups');
  const titleId = useId();
  const { member } = row;
  const checks = whyUnhealthyChecks({
    member,
    pool,
    monitor: context.monitor,
    listeners: context.listeners,
    loadBalancer: lb,
    eipAddress: context.eipAddress,
    server: row.server,
    subnet: context.vpcSubnets.find((subnet) => subnet.neutron_subnet_id === member.subnet_id),
    vpcSubnetIds: context.vpcSubnets.map((subnet) => subnet.neutron_subnet_id),
  });
  const failed = checks.filter((check) => check.status === 'failed').length;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth scroll="paper">
      <DialogTitle id={titleId}>{t('why.title', { name: row.name })}</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 1 }}>
        <Typography>
          {t('why.intro', { name: row.name, address: member.address, port: member.protocol_port })}
        </Typography>
        <Typography variant="body2" color={failed > 0 ? 'error' : 'text.secondary'} role="status">
          {failed > 0 ? t('why.failedCount', { count: failed }) : t('why.noneFailed')}
        </Typography>
        <Box component="ol" aria-label={t('why.listLabel')} sx={{ m: 0, pl: 2.5 }}>
          {checks.map((check) => (
            <CheckItem key={check.id} check={check} />
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {t('why.delay')}
        </Typography>
        <FaqLink topic="unhealthy-backend" label={t('why.faqLink')} newTab />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('why.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
