/**
 * Create Elastic Load Balancer (guide: creating_a_load_balancer.rst): the form, then
 * a review with the exact API requests, then Submit. A refused call keeps every value.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { quotaExhausted } from '../../../../contract/elb-v3/quotas';
import { networkQueries, publicIpQueries } from '../../../api/queries/networks';
import { useQuota } from '../../../api/queries/quotas';
import { apiSession } from '../../../api/session';
import { ErrorAlert } from '../../../components/error-alert';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { PageHeader } from '../../../components/page-header';
import { useCreateLoadBalancer } from '../api/create-load-balancer';
import { BeforeYouCreate } from '../components/before-you-create';
import { CreateBasicsSection } from '../components/create-basics-section';
import { CreateEipSection } from '../components/create-eip-section';
import { CreateNetworkSection } from '../components/create-network-section';
import { CreateReview, type ReviewRow } from '../components/create-review';
import {
  createLoadBalancerForm,
  emptyCreateForm,
  toCreateRequests,
  type CreateLoadBalancerValues,
} from '../model/create-form';

export default function CreateLoadBalancerPage() {
  const { t } = useTranslation('lb');
  const navigate = useNavigate();
  const notify = useNotify();
  const form = useZodForm(createLoadBalancerForm, { defaultValues: emptyCreateForm() });
  const [review, setReview] = useState<CreateLoadBalancerValues>();
  const creation = useCreateLoadBalancer();
  const [submitting, setSubmitting] = useState(false);
  const quota = useQuota('loadbalancer');
  const blocked = quota !== undefined && quotaExhausted(quota);
  const vpcs = useQuery(networkQueries.vpcs());
  const subnets = useQuery(networkQueries.subnets());
  const eips = useQuery(publicIpQueries.list());
  const { projectId, region } = apiSession();

  const submit = async (values: CreateLoadBalancerValues) => {
    setSubmitting(true);
    const lb = await creation.run(toCreateRequests(values, projectId));
    setSubmitting(false);
    if (lb) {
      notify.success(t('create.done', { name: lb.name }));
      void navigate(`/load-balancers/${lb.id}`);
    }
  };

  const rows = (values: CreateLoadBalancerValues): ReviewRow[] => {
    const subnet = subnets.data?.subnets.find((item) => item.neutron_subnet_id === values.subnetId);
    const eip = eips.data?.publicips.find((item) => item.id === values.existingEipId);
    const network =
      values.network === 'private'
        ? t('network.private')
        : values.eipMode === 'new'
          ? t('create.review.newEip', { type: values.eipType, size: values.bandwidthSize, name: values.bandwidthName })
          : t('create.review.existingEip', { address: eip?.public_ip_address ?? values.existingEipId });
    return [
      { label: t('create.review.type'), value: t('type.enhanced') },
      { label: t('create.review.region'), value: region },
      { label: t('create.basics.name'), value: values.name },
      {
        label: t('create.network.vpc'),
        value: vpcs.data?.vpcs.find((vpc) => vpc.id === values.vpcId)?.name ?? values.vpcId,
      },
      { label: t('create.network.subnet'), value: subnet ? `${subnet.name} (${subnet.cidr})` : values.subnetId },
      {
        label: t('create.network.privateIp'),
        value: values.ipMode === 'auto' ? t('create.network.auto') : values.vipAddress,
      },
      { label: t('create.eip.networkType'), value: network },
      { label: t('create.basics.description'), value: values.description },
      { label: t('create.review.tags'), value: values.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ') },
    ];
  };

  const created = creation.created;
  return (
    <>
      <PageHeader
        title={t('create.title')}
        crumbs={[{ label: t('list.title'), to: '/load-balancers' }, { label: t('create.title') }]}
        help={t('create.intro')}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        {blocked ? (
          <Alert severity="warning">
            <AlertTitle>{t('create.quotaTitle')}</AlertTitle>
            {t('reasons.quota', { used: quota.used, limit: quota.quota_limit })}{' '}
            <RouterLink to="/quotas">{t('create.quotaLink')}</RouterLink>
          </Alert>
        ) : null}
        {review ? (
          <>
            <CreateReview rows={rows(review)} requests={toCreateRequests(review, projectId)} states={creation.states} />
            {creation.error ? (
              <Box sx={{ display: 'grid', gap: 1 }}>
                <ErrorAlert error={creation.error} title={t('create.failed')} />
                {created ? (
                  <Alert
                    severity="warning"
                    action={
                      <Button component={RouterLink} to={`/load-balancers/${created.id}`}>
                        {t('create.openCreated')}
                      </Button>
                    }
                  >
                    {t('create.partial', { name: created.name || created.id })}
                  </Alert>
                ) : null}
              </Box>
            ) : null}
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button
                onClick={() => {
                  creation.reset();
                  setReview(undefined);
                }}
                disabled={submitting || created !== undefined}
              >
                {t('create.back')}
              </Button>
              <Button
                variant="contained"
                loading={submitting}
                disabled={blocked || created !== undefined}
                onClick={() => void submit(review)}
              >
                {t('create.submit')}
              </Button>
            </Box>
          </>
        ) : (
          <Box component="form" noValidate onSubmit={form.handleSubmit(setReview)} sx={{ display: 'grid', gap: 2 }}>
            <BeforeYouCreate />
            <Typography variant="body2" color="text.secondary">
              {t('create.typeNote')}
            </Typography>
            <CreateNetworkSection form={form} />
            <CreateEipSection form={form} />
            <CreateBasicsSection form={form} />
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button component={RouterLink} to="/load-balancers">
                {t('actions.cancel', { ns: 'common' })}
              </Button>
              <Button type="submit" variant="contained" disabled={blocked}>
                {t('create.next')}
              </Button>
            </Box>
          </Box>
        )}
      </Box>
    </>
  );
}
