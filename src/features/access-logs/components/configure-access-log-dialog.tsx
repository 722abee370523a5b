/**
 * Configure Access Log (guide/access_logging.rst): toggle Enable, select the Log Group and a Log
 * Stream of that group, OK. Turning the toggle off disables logging (deletes the logtank). Missing
 * groups or streams can be created here (Gap 8).
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Logtank } from '../../../../contract/elb-v3/logtanks';
import { call } from '../../../api/api-call';
import { logtanksApi } from '../../../api/clients/elb-logtanks';
import { accessLogQueries, invalidateAccessLogs } from '../../../api/queries/access-logs';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormSelect } from '../../../components/form/form-select';
import { FormSwitch } from '../../../components/form/form-switch';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { changeOf, formOf, logtankForm, type LogtankChange } from '../model/logtank-form';
import { CreateLogGroupDialog, CreateLogStreamDialog } from './create-log-dialogs';

function runChange(lb: LoadBalancer, change: LogtankChange): Promise<unknown> {
  switch (change.kind) {
    case 'create':
      return call(logtanksApi.create({ logtank: { loadbalancer_id: lb.id, ...change } }));
    case 'update':
      return call(
        logtanksApi.update(change.id, {
          logtank: { log_group_id: change.log_group_id, log_topic_id: change.log_topic_id },
        }),
      );
    case 'delete':
      return call(logtanksApi.remove(change.id));
    case 'none':
      return Promise.resolve();
  }
}

/** A select with the button that creates what it lists. */
function WithCreate(props: { label: string; disabled?: boolean; onCreate(): void; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      {props.children}
      <Button sx={{ flexShrink: 0, mt: 1 }} disabled={props.disabled} onClick={props.onCreate}>
        {props.label}
      </Button>
    </Box>
  );
}

export function ConfigureAccessLogDialog({
  lb,
  logtank,
  onClose,
}: {
  lb: LoadBalancer;
  logtank: Logtank | null;
  onClose(): void;
}) {
  const { t } = useTranslation('accessLogs');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState<'group' | 'stream'>();
  const form = useZodForm(logtankForm, { defaultValues: formOf(logtank) });
  const [enabled, groupId] = useWatch({ control: form.control, name: ['enabled', 'log_group_id'] });
  const groups = useQuery(accessLogQueries.groups());
  const streams = useQuery(accessLogQueries.streams(groupId));
  const logtanks = useQuery(accessLogQueries.logtanks());
  const usedElsewhere = new Set(
    (logtanks.data ?? []).filter((item) => item.loadbalancer_id !== lb.id).map((item) => item.log_topic_id),
  );
  const group = groups.data?.find((item) => item.log_group_id === groupId);
  const name = lb.name || lb.id;

  const save = useMutation({
    mutationFn: (change: LogtankChange) => runChange(lb, change),
    onSuccess: async (_, change) => {
      await invalidateAccessLogs(queryClient);
      if (change.kind === 'create') notify.success(t('dialog.enabled', { name }));
      if (change.kind === 'delete') notify.success(t('dialog.disabled', { name }));
      if (change.kind === 'update') {
        const stream = streams.data?.find((item) => item.log_stream_id === change.log_topic_id);
        notify.success(t('dialog.modified', { name, stream: stream?.log_stream_name ?? change.log_topic_id }));
      }
      onClose();
    },
  });
  const submit = form.handleSubmit((values) => save.mutate(changeOf(values, logtank)));
  const select = (field: 'log_group_id' | 'log_topic_id', id: string) =>
    form.setValue(field, id, { shouldValidate: true, shouldTouch: true });

  return (
    <>
      <ConfirmDialog
        open
        title={t('dialog.title')}
        confirmLabel={t('dialog.ok')}
        busy={save.isPending}
        error={save.error ?? groups.error ?? streams.error}
        onConfirm={() => void submit()}
        onClose={onClose}
      >
        <FormSwitch
          name="enabled"
          control={form.control}
          label={t('dialog.enable')}
          helperText={t('dialog.enableHelp')}
        />
        {enabled ? (
          <>
            <WithCreate label={t('actions.createGroup')} onCreate={() => setCreating('group')}>
              <FormSelect
                name="log_group_id"
                control={form.control}
                label={t('dialog.group')}
                required
                options={(groups.data ?? []).map((item) => ({ value: item.log_group_id, label: item.log_group_name }))}
                helperText={groups.data?.length === 0 ? t('dialog.noGroups') : undefined}
                onValueChange={() => form.setValue('log_topic_id', '')}
              />
            </WithCreate>
            <WithCreate label={t('actions.createStream')} disabled={!group} onCreate={() => setCreating('stream')}>
              <FormSelect
                name="log_topic_id"
                control={form.control}
                label={t('dialog.stream')}
                required
                disabled={!group}
                options={(streams.data ?? []).map((item) => ({
                  value: item.log_stream_id,
                  label: usedElsewhere.has(item.log_stream_id)
                    ? t('dialog.streamInUse', { name: item.log_stream_name })
                    : item.log_stream_name,
                  disabled: usedElsewhere.has(item.log_stream_id),
                }))}
                helperText={
                  !group ? t('dialog.pickGroupFirst') : streams.data?.length === 0 ? t('dialog.noStreams') : undefined
                }
              />
            </WithCreate>
          </>
        ) : null}
      </ConfirmDialog>
      {creating === 'group' ? (
        <CreateLogGroupDialog
          onClose={() => setCreating(undefined)}
          onCreated={(id) => {
            setCreating(undefined);
            select('log_group_id', id);
            form.setValue('log_topic_id', '');
          }}
        />
      ) : null}
      {creating === 'stream' && group ? (
        <CreateLogStreamDialog
          group={group}
          onClose={() => setCreating(undefined)}
          onCreated={(id) => {
            setCreating(undefined);
            select('log_topic_id', id);
          }}
        />
      ) : null}
    </>
  );
}
