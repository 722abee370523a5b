/**
 * Create an enhanced load balancer (guide: creating_a_load_balancer.rst): the form, then
 * a review with the exact API requests, then Submit. A refused call keeps every value.
 * The page around it (header, type choice) is composed by the app.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { quotaExhausted } from '../../../../contract/elb-v3/quotas';
import { networkQueries, publicIpQueries } from '../../../api/queries/networks';
import { useQuota } from '../../../api/queries/quotas';
import { apiSession } from '../../../api/session';
import { ErrorAlert } from '../../../components/error-alert';
import { CreateFormActions, QuotaExhaustedAlert, ReviewActions } from '../../../components/form/create-flow';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { RETURN_TO_PARAM, returnDestination } from '../../../lib/return-to';
import { useCreateLoadBalancer } from '../api/create-load-balancer';
import { BeforeYouCreate } from './before-you-create';
import { CreateBasicsSection } from './create-basics-section';
import { CreateEipSection } from './create-eip-section';
import { CreateNetworkSection } from './create-network-section';
import type { ReviewRow } from '../../../components/review-summary';
import { CreateReview } from './create-review';
import {
  createLoadBalancerForm,
  emptyCreateForm,
  toCreateRequests,
  type CreateLoadBalancerValues,
} from '../model/create-form';

export function EnhancedCreateForm() {
  const { t } = useTranslation('lb');
  const navigate = useNavigate();
  const [search] = useSearchParams();
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
      // A guided setup that sent the user here takes them back, with the new load balancer.
      const back = returnDestination(search.get(RETURN_TO_PARAM), { loadBalancer: lb.id });
      void navigate(back ?? `/load-balancers/${lb.id}`);
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
        label: t('network.vpc', { ns: 'elb' }),
        value: vpcs.data?.vpcs.find((vpc) => vpc.id === values.vpcId)?.name ?? values.vpcId,
      },
      {
        label: t('network.subnet', { ns: 'elb' }),
        value: subnet ? `${subnet.name} (${subnet.cidr})` : values.subnetId,
      },
      {
        label: t('network.privateIp', { ns: 'elb' }),
        value: values.ipMode === 'auto' ? t('network.auto', { ns: 'elb' }) : values.vipAddress,
      },
      { label: t('create.eip.networkType'), value: network },
      { label: t('create.basics.description'), value: values.description },
      { label: t('create.review.tags'), value: values.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ') },
    ];
  };

  const created = creation.created;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {blocked ? (
        <QuotaExhaustedAlert
          title={t('create.quotaTitle')}
          message={t('reasons.quota', { used: quota.used, limit: quota.quota_limit })}
          linkLabel={t('create.quotaLink')}
        />
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
          <ReviewActions
            backLabel={t('create.back')}
            submitLabel={t('create.submit')}
            onBack={() => {
              creation.reset();
              setReview(undefined);
            }}
            onSubmit={() => void submit(review)}
            submitting={submitting}
            backDisabled={submitting || created !== undefined}
            submitDisabled={blocked || created !== undefined}
          />
        </>
      ) : (
        <Box component="form" noValidate onSubmit={form.handleSubmit(setReview)} sx={{ display: 'grid', gap: 2 }}>
          <BeforeYouCreate />
          <Typography variant="body2" color="text.secondary">
            {t('create.intro')} {t('create.typeNote')}
          </Typography>
          <CreateNetworkSection form={form} />
          <CreateEipSection form={form} />
          <CreateBasicsSection form={form} />
          <CreateFormActions cancelTo="/load-balancers" nextLabel={t('create.next')} disabled={blocked} />
        </Box>
      )}
    </Box>
  );
}
