/** Basic Information: identity, network, EIP and times; name and description edit in place. */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { loadBalancerFields } from '../../../../contract/elb-v2/load-balancers';
import type { PublicIp } from '../../../../contract/vpc/publicips';
import type { Subnet, Vpc } from '../../../../contract/vpc/vpcs';
import { apiSession } from '../../../api/session';
import { CopyButton } from '../../../components/copy-button';
import { DetailList } from '../../../components/detail-list';
import { InlineEditField } from '../../../components/inline-edit-field';
import { formatDateTime } from '../../../lib/format';
import { useUpdateLoadBalancer } from '../api/update-load-balancer';
import { isPending } from '../model/lb-status';
import { TopologySummary } from './topology-summary';

export interface BasicInfoTabProps {
  lb: LoadBalancer;
  eip?: PublicIp;
  subnet?: Subnet;
  vpc?: Vpc;
}

export function BasicInfoTab({ lb, eip, subnet, vpc }: BasicInfoTabProps) {
  const { t } = useTranslation('lb');
  const update = useUpdateLoadBalancer(lb.id);
  const busy = isPending(lb) ? t('reasons.pending') : undefined;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TopologySummary lb={lb} />
      </Box>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h2" gutterBottom>
          {t('detail.basic')}
        </Typography>
        <DetailList
          items={[
            {
              label: t('columns.name'),
              value: (
                <InlineEditField
                  label={t('columns.name')}
                  value={lb.name}
                  schema={loadBalancerFields.name.min(1, 'Enter a name.')}
                  onSave={(name) => update.mutateAsync({ name })}
                  disabledReason={busy}
                />
              ),
            },
            {
              label: t('columns.id'),
              value: (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <Typography sx={{ fontFamily: 'monospace' }}>{lb.id}</Typography>
                  <CopyButton value={lb.id} label={t('detail.copyId')} />
                </Box>
              ),
            },
            { label: t('columns.type'), value: t('type.enhanced') },
            { label: t('detail.region'), value: apiSession().region },
            {
              label: t('columns.description'),
              value: (
                <InlineEditField
                  label={t('columns.description')}
                  value={lb.description}
                  schema={loadBalancerFields.description}
                  onSave={(description) => update.mutateAsync({ description })}
                  disabledReason={busy}
                  multiline
                />
              ),
            },
            { label: t('columns.created'), value: formatDateTime(lb.created_at) },
            { label: t('detail.updated'), value: formatDateTime(lb.updated_at) },
          ]}
        />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h2" gutterBottom>
          {t('detail.networkTitle')}
        </Typography>
        <DetailList
          items={[
            { label: t('columns.network'), value: eip ? t('network.public') : t('network.private') },
            { label: t('columns.vpc'), value: vpc ? `${vpc.name} (${vpc.cidr})` : '—' },
            { label: t('detail.subnet'), value: subnet ? `${subnet.name} (${subnet.cidr})` : lb.vip_subnet_id },
            { label: t('detail.privateIp'), value: lb.vip_address },
            {
              label: t('detail.eip'),
              term: 'eip',
              value: eip
                ? t('detail.eipValue', { address: eip.public_ip_address, bandwidth: eip.bandwidth_size })
                : t('detail.noEip'),
            },
            { label: t('detail.portId'), value: lb.vip_port_id },
          ]}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {t('detail.networkFixed')}
        </Typography>
      </Paper>
    </Box>
  );
}
