/**
 * Create a classic load balancer (FEATURES §3.3 [classic]): the form, a review with the exact API
 * request, then Submit, which starts a `createELB` job and opens the new load balancer, shown as
 * Creating until the job ends. A refused call keeps every value and shows the API's code and message.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { classicQuotaUsed, findClassicQuota, isClassicQuotaExhausted } from '../../../../contract/elb-classic/quotas';
import { apiSession } from '../../../api/session';
import { ErrorAlert } from '../../../components/error-alert';
import { CreateFormActions, QuotaExhaustedAlert, ReviewActions } from '../../../components/form/create-flow';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { useCreateClassicLoadBalancer } from '../api/create-classic-load-balancer';
import { classicQueries } from '../api/classic-queries';
import { CLASSIC_LIST_PATH, classicLbPath } from '../detail/paths';
import {
  classicCreateForm,
  emptyClassicCreateForm,
  toClassicCreateRequest,
  type ClassicCreateForm,
} from '../model/create-form';
import { ClassicBasicsSection } from './classic-basics-section';
import { ClassicCreateReview } from './classic-create-review';
import { ClassicNetworkSection } from './classic-network-section';

function useClassicLbQuota() {
  const quotas = useQuery(classicQueries.quotas());
  const quota = quotas.data ? findClassicQuota(quotas.data, 'elb') : undefined;
  return quota
    ? { used: classicQuotaUsed(quota), quota: quota.quota, exhausted: isClassicQuotaExhausted(quota) }
    : undefined;
}

export function ClassicCreateForm() {
  const { t } = useTranslation('classic');
  const navigate = useNavigate();
  const notify = useNotify();
  const { projectId } = apiSession();
  const schema = useMemo(() => classicCreateForm(projectId), [projectId]);
  const form = useZodForm(schema, { defaultValues: emptyClassicCreateForm() });
  const [review, setReview] = useState<ClassicCreateForm>();
  const creation = useCreateClassicLoadBalancer();
  const quota = useClassicLbQuota();
  const blocked = quota?.exhausted === true;

  // Set from the click: the create first lists the existing load balancers, before the mutation is pending.
  const [submitting, setSubmitting] = useState(false);
  const submit = async (values: ClassicCreateForm) => {
    setSubmitting(true);
    const job = await creation.create(toClassicCreateRequest(values, projectId)).catch(() => undefined);
    setSubmitting(false);
    if (!job) return;
    if (job.loadBalancerId) {
      void navigate(classicLbPath(job.loadBalancerId));
    } else {
      notify.info(t('create.notFound', { name: job.subject }));
      void navigate(CLASSIC_LIST_PATH);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {blocked ? (
        <QuotaExhaustedAlert
          title={t('create.quotaTitle')}
          message={t('create.quota', { used: quota.used, quota: quota.quota })}
          linkLabel={t('create.quotaLink')}
        />
      ) : null}
      {review ? (
        <>
          <ClassicCreateReview values={review} />
          {creation.error ? <ErrorAlert error={creation.error} title={t('create.failed')} /> : null}
          <ReviewActions
            backLabel={t('create.back')}
            submitLabel={t('create.submit')}
            onBack={() => {
              creation.reset();
              setReview(undefined);
            }}
            onSubmit={() => void submit(review)}
            submitting={submitting}
            backDisabled={submitting}
            submitDisabled={blocked}
          />
        </>
      ) : (
        <Box component="form" noValidate onSubmit={form.handleSubmit(setReview)} sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {t('create.intro')}
            {quota?.used !== undefined && !blocked
              ? ` ${t('create.quotaLeft', { used: quota.used, quota: quota.quota })}`
              : ''}
          </Typography>
          <ClassicNetworkSection form={form} />
          <ClassicBasicsSection form={form} />
          <CreateFormActions cancelTo={CLASSIC_LIST_PATH} nextLabel={t('create.next')} disabled={blocked} />
        </Box>
      )}
    </Box>
  );
}
