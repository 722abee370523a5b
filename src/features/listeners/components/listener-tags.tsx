/** A listener's tags: the same editor and rules as a load balancer's (guide: tag.rst). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { MAX_TAGS_PER_RESOURCE, type Tag } from '../../../../contract/elb-v2/tags';
import { call } from '../../../api/api-call';
import { tagsApi } from '../../../api/clients/elb-tags';
import { listenerKeys } from '../../../api/queries/listeners';
import { ErrorAlert } from '../../../components/error-alert';
import { TagEditor } from '../../../components/tags/tag-editor';

export function ListenerTags({ listener }: { listener: Listener }) {
  const queryClient = useQueryClient();
  const key = [...listenerKeys.all, 'tags', listener.id];
  const tags = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => call(tagsApi.list('listeners', listener.id), signal).then((response) => response.tags),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: listenerKeys.all });
  const save = useMutation({
    mutationFn: (tag: Tag) => call(tagsApi.add('listeners', listener.id, tag)),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (tagKey: string) => call(tagsApi.remove('listeners', listener.id, tagKey)),
    onSuccess: refresh,
  });
  if (tags.error) return <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />;
  return (
    <TagEditor
      tags={tags.data ?? []}
      max={MAX_TAGS_PER_RESOURCE}
      loading={tags.isFetching}
      onSave={(tag) => save.mutateAsync(tag)}
      onDelete={(tagKey) => remove.mutateAsync(tagKey)}
    />
  );
}
