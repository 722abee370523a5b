/**
 * Basic Information of a classic load balancer (querying_details_of_a_load_balancer.rst): every
 * field; name and description edit in place and bandwidth through its dialog — each change is a
 * modify job (modifying_a_load_balancer.rst) whose progress shows in the page header.
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { classicDescription, classicName } from '../../../../contract/elb-classic/shared';
import { networkQueries } from '../../../api/queries/networks';
import { apiSession } from '../../../api/session';
import { ActionButton, type Action } from '../../../components/action-button';
import { CopyButton } from '../../../components/copy-button';
import { DetailList } from '../../../components/detail-list';
import { ClassicStatusChip, useClassicNetworkLabel } from '../../../components/elb/classic-status';
import { InlineEditField } from '../../../components/inline-edit-field';
import { formatClassicTime } from '../../../lib/format-classic-time';
import { DIFFERENCES_PATH } from './paths';
import { useUpdateClassicLb } from './use-classic-lb-jobs';

export function ClassicBasicInfoTab({
  lb,
  editBlocked,
  modifyBandwidth,
}: {
  lb: ClassicLoadBalancer;
  /** Why name and description cannot change now. */
  editBlocked: string | undefined;
  modifyBandwidth: Action<ClassicLoadBalancer>;
}) {
  const { t } = useTranslation('classic');
  const network = useClassicNetworkLabel();
  const update = useUpdateClassicLb(lb);
  const vpcs = useQuery(networkQueries.vpcs());
  const vpc = vpcs.data?.vpcs.find((item) => item.id === lb.vpc_id);
  const external = lb.type === 'External';
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h2" gutterBottom>
          {t('detail.basic.title')}
        </Typography>
        <DetailList
          items={[
            {
              label: t('detail.basic.name'),
              value: (
                <InlineEditField
                  label={t('detail.basic.name')}
                  value={lb.name}
                  schema={classicName}
                  onSave={(name) => update.mutateAsync({ name })}
                  disabledReason={editBlocked}
                />
              ),
            },
            {
              label: t('detail.basic.id'),
              value: (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                  <Typography sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{lb.id}</Typography>
                  <CopyButton value={lb.id} label={t('detail.basic.copyId')} />
                </Box>
              ),
            },
            {
              label: t('detail.basic.type'),
              value: (
                <>
                  {t('detail.basic.typeValue')}{' '}
                  <Link component={RouterLink} to={DIFFERENCES_PATH}>
                    {t('detail.basic.differences')}
                  </Link>
                </>
              ),
            },
            { label: t('detail.basic.status'), value: <ClassicStatusChip lb={lb} /> },
            { label: t('detail.basic.region'), value: apiSession().region },
            {
              label: t('detail.basic.description'),
              value: (
                <InlineEditField
                  label={t('detail.basic.description')}
                  value={lb.description ?? ''}
                  schema={classicDescription}
                  onSave={(description) => update.mutateAsync({ description })}
                  disabledReason={editBlocked}
                  multiline
                />
              ),
            },
            { label: t('detail.basic.created'), value: formatClassicTime(lb.create_time) },
            { label: t('detail.basic.updated'), value: formatClassicTime(lb.update_time) },
          ]}
        />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <Typography variant="h2" gutterBottom>
          {t('detail.basic.networkTitle')}
        </Typography>
        <DetailList
          items={[
            { label: t('detail.basic.network'), value: network(lb.type) },
            { label: t('detail.basic.vpc'), value: vpc ? `${vpc.name} (${vpc.cidr})` : lb.vpc_id },
            { label: external ? t('detail.basic.eip') : t('detail.basic.privateIp'), value: lb.vip_address },
            {
              label: t('detail.basic.bandwidth'),
              value: external ? (
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  {t('detail.basic.mbits', { value: lb.bandwidth })}
                  <ActionButton act={modifyBandwidth} item={lb} size="small" />
                </Box>
              ) : (
                t('detail.basic.noBandwidth')
              ),
            },
            ...(external ? [] : [{ label: t('detail.basic.securityGroup'), value: lb.security_group_id ?? '—' }]),
            { label: t('detail.basic.subnet'), value: lb.vip_subnet_id ?? t('detail.basic.subnetUnavailable') },
          ]}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
          {external ? t('detail.basic.eipFixed') : t('detail.basic.networkFixed')}
        </Typography>
      </Paper>
    </Box>
  );
}
