/**
 * Inline creation of an LTS log group or log stream (Gap 8), so an empty account can enable access
 * logging without leaving the console. The names follow the LTS rules (contract/lts).
 */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createLogGroupRequest,
  createLogStreamRequest,
  LOG_TTL_DEFAULT_DAYS,
  type LogGroup,
} from '../../../../contract/lts';
import { call } from '../../../api/api-call';
import { ltsApi } from '../../../api/clients/lts';
import { accessLogKeys } from '../../../api/queries/access-logs';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';

interface CreatedProps {
  onClose(): void;
  /** The new resource's ID, to select it. */
  onCreated(id: string): void;
}

/** Creates, refreshes the list the new item belongs to, says so, and hands its ID over. */
function useCreate<Body>(
  create: (body: Body) => Promise<string>,
  listKey: QueryKey,
  done: (body: Body) => string,
  onCreated: (id: string) => void,
) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: create,
    onSuccess: async (id, body) => {
      await queryClient.invalidateQueries({ queryKey: listKey });
      notify.success(done(body));
      onCreated(id);
    },
  });
}

function CreateDialog(props: {
  title: string;
  mutation: { isPending: boolean; error: unknown };
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation('accessLogs');
  return (
    <ConfirmDialog
      open
      maxWidth="xs"
      title={props.title}
      confirmLabel={t('create.confirm')}
      busy={props.mutation.isPending}
      error={props.mutation.error}
      onConfirm={props.onSubmit}
      onClose={props.onClose}
    >
      {props.children}
    </ConfirmDialog>
  );
}

export function CreateLogGroupDialog({ onClose, onCreated }: CreatedProps) {
  const { t } = useTranslation('accessLogs');
  const form = useZodForm(createLogGroupRequest, {
    defaultValues: { log_group_name: '', ttl_in_days: LOG_TTL_DEFAULT_DAYS },
  });
  const create = useCreate(
    (body: { log_group_name: string; ttl_in_days: number }) =>
      call(ltsApi.createGroup(body)).then((response) => response.log_group_id),
    accessLogKeys.groups(),
    (body) => t('create.groupCreated', { name: body.log_group_name }),
    onCreated,
  );
  return (
    <CreateDialog
      title={t('create.groupTitle')}
      mutation={create}
      onSubmit={() => void form.handleSubmit((values) => create.mutate(values))()}
      onClose={onClose}
    >
      <FormTextField
        name="log_group_name"
        control={form.control}
        label={t('create.groupName')}
        helperText={t('create.nameHelp')}
        required
        autoFocus
      />
      <FormTextField
        name="ttl_in_days"
        control={form.control}
        label={t('create.ttl')}
        helperText={t('create.ttlHelp')}
        numeric
        type="number"
      />
    </CreateDialog>
  );
}

export function CreateLogStreamDialog({ group, onClose, onCreated }: CreatedProps & { group: LogGroup }) {
  const { t } = useTranslation('accessLogs');
  const form = useZodForm(createLogStreamRequest, { defaultValues: { log_stream_name: '' } });
  const create = useCreate(
    (body: { log_stream_name: string }) =>
      call(ltsApi.createStream(group.log_group_id, body)).then((response) => response.log_stream_id),
    accessLogKeys.streams(group.log_group_id),
    (body) => t('create.streamCreated', { name: body.log_stream_name }),
    onCreated,
  );
  return (
    <CreateDialog
      title={t('create.streamTitle')}
      mutation={create}
      onSubmit={() => void form.handleSubmit((values) => create.mutate(values))()}
      onClose={onClose}
    >
      <FormTextField
        name="log_stream_name"
        control={form.control}
        label={t('create.streamName')}
        helperText={`${t('create.inGroup', { group: group.log_group_name })} ${t('create.nameHelp')}`}
        required
        autoFocus
      />
    </CreateDialog>
  );
}
