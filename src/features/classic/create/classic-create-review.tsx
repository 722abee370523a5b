/** The classic review step: what will be created and the exact API request (one call that starts a job). */
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeCall } from '../../../api/api-call';
import { classicLoadBalancersApi } from '../../../api/clients/elb-classic';
import { networkQueries } from '../../../api/queries/networks';
import { apiSession } from '../../../api/session';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { ReviewSummary, type ReviewRow } from '../../../components/review-summary';
import { toClassicCreateRequest, type ClassicCreateForm } from '../model/create-form';

export function ClassicCreateReview({ values }: { values: ClassicCreateForm }) {
  const { t } = useTranslation('classic');
  const { projectId, region } = apiSession();
  const vpcs = useQuery(networkQueries.vpcs());
  const subnets = useQuery({ ...networkQueries.subnets(values.vpcId), enabled: values.type === 'Internal' });
  const subnet = subnets.data?.subnets.find((item) => item.id === values.subnetId);
  const external =
    values.eipMode === 'new'
      ? t('create.review.newEip', { bandwidth: values.bandwidth })
      : t('create.review.existingEip', { address: values.existingEip });
  const networkRows: ReviewRow[] =
    values.type === 'External'
      ? [{ label: t('create.review.network'), value: `${t('create.network.external')}, ${external}` }]
      : [
          { label: t('create.review.network'), value: t('create.network.internal') },
          {
            label: t('network.subnet', { ns: 'elb' }),
            value: subnet ? `${subnet.name} (${subnet.cidr})` : values.subnetId,
          },
          { label: t('create.network.securityGroup'), value: values.securityGroupId },
          {
            label: t('network.privateIp', { ns: 'elb' }),
            value: values.ipMode === 'auto' ? t('network.auto', { ns: 'elb' }) : values.vipAddress,
          },
          { label: t('create.network.az'), value: values.az || t('create.network.anyAz') },
        ];
  const rows: ReviewRow[] = [
    { label: t('create.review.type'), value: t('create.type.classic') },
    { label: t('create.review.region'), value: region },
    { label: t('create.basics.name'), value: values.name },
    {
      label: t('network.vpc', { ns: 'elb' }),
      value: vpcs.data?.vpcs.find((vpc) => vpc.id === values.vpcId)?.name ?? values.vpcId,
    },
    ...networkRows,
    { label: t('create.basics.description'), value: values.description },
    { label: t('create.basics.start'), value: values.adminStateUp ? t('create.review.yes') : t('create.review.no') },
  ];
  const request = describeCall(classicLoadBalancersApi.create(toClassicCreateRequest(values, projectId)));
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <ReviewSummary title={t('create.review.title')} rows={rows} />
      <ApiRequestPanel
        requests={[{ title: t('create.review.request'), note: t('create.review.requestNote'), ...request }]}
        defaultExpanded
      />
    </Box>
  );
}
