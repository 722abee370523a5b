/** Tags tab of a load balancer (guide: tag.rst): 20 tags at most; editing a tag overwrites its value. */
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { MAX_TAGS_PER_RESOURCE } from '../../../../contract/elb-v2/tags';
import { ErrorAlert } from '../../../components/error-alert';
import { TagEditor } from '../../../components/tags/tag-editor';
import { loadBalancerTagsQuery, useLoadBalancerTagMutations } from '../api/lb-tags';

export function LbTagsTab({ lb }: { lb: LoadBalancer }) {
  const { t } = useTranslation('lb');
  const tags = useQuery(loadBalancerTagsQuery(lb.id));
  const { save, remove } = useLoadBalancerTagMutations(lb.id);
  if (tags.error) return <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('tagsTab.help')}
      </Typography>
      <TagEditor
        tags={tags.data ?? []}
        max={MAX_TAGS_PER_RESOURCE}
        loading={tags.isFetching}
        onSave={(tag) => save.mutateAsync(tag)}
        onDelete={(key) => remove.mutateAsync(key)}
      />
    </>
  );
}
