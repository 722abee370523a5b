/**
 * Create or Modify Alarm Rule (FEATURES §10.2, §10.3). Every field checks what the API checks, with its
 * message; the metric and its dimensions are read-only once the rule exists. A failed submit keeps the input
 * and shows the API's code and message. Enabling or disabling is its own API call (…/action).
 */
import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MetricAlarm } from '../../../../contract/ces/alarms';
import { call } from '../../../api/api-call';
import { alarmsApi } from '../../../api/clients/ces-alarms';
import { alarmKeys, alarmQueries } from '../../../api/queries/alarms';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormSwitch } from '../../../components/form/form-switch';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import {
  alarmFormOf,
  alarmFormSchema,
  createAlarmBody,
  emptyAlarmForm,
  modifyAlarmBody,
  topicList,
  type AlarmFormValues,
} from '../model/alarm-form';
import { previewSentence } from '../model/alarm-text';
import { AlarmConditionFields } from './alarm-condition-fields';
import { AlarmNotificationFields } from './alarm-notification-fields';
import { AlarmTargetFields } from './alarm-target-fields';

function Section({ title }: { title: string }) {
  return (
    <>
      <Divider />
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
    </>
  );
}

/** The one-line summary under the form, from what is typed so far. */
function Preview({ values }: { values: AlarmFormValues }) {
  const { t } = useTranslation('alarms');
  const loadBalancers = useQuery(alarmQueries.loadBalancers()).data ?? [];
  const listeners = useQuery(alarmQueries.listeners()).data ?? [];
  const resource = [
    loadBalancers.find((lb) => lb.id === values.loadBalancerId && values.dimension !== 'listener')?.name,
    listeners.find((listener) => listener.id === values.listenerId && values.dimension !== 'lb')?.name,
  ]
    .filter(Boolean)
    .join(' / ');
  const body = createAlarmBody(values);
  return (
    <Alert severity="info" icon={false} role="status" aria-label={t('dialog.preview')}>
      {values.metricName && values.value !== null && values.count !== null
        ? previewSentence(t, {
            condition: body.condition,
            metricName: values.metricName,
            resource,
            topics: values.actionEnabled ? topicList(values.topics).length : 0,
            enabled: values.enabled,
          })
        : t('preview.incomplete')}
    </Alert>
  );
}

export function AlarmRuleDialog({
  rule,
  initial,
  suggested,
  onClose,
  onSaved,
}: {
  /** Absent: create. */
  rule?: MetricAlarm;
  /** Create only: values to start from (a chart's metric and resource). */
  initial?: AlarmFormValues;
  /** The chart value the threshold was suggested from. */
  suggested?: number;
  onClose(): void;
  onSaved?(alarmId: string): void;
}) {
  const { t } = useTranslation('alarms');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const form = useZodForm(alarmFormSchema, {
    defaultValues: rule ? alarmFormOf(rule) : (initial ?? emptyAlarmForm),
  });
  const values = useWatch({ control: form.control }) as AlarmFormValues;

  const save = useMutation({
    mutationFn: async (submitted: AlarmFormValues): Promise<string> => {
      if (!rule) return (await call(alarmsApi.create(createAlarmBody(submitted)))).alarm_id;
      await call(alarmsApi.modify(rule.alarm_id, modifyAlarmBody(submitted)));
      if (submitted.enabled !== rule.alarm_enabled) await call(alarmsApi.setEnabled(rule.alarm_id, submitted.enabled));
      return rule.alarm_id;
    },
    // Modify is two calls: when the second fails the first has still changed the rule, so refresh either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: alarmKeys.all }),
    onSuccess: (alarmId, submitted) => {
      notify.success(t(rule ? 'dialog.modified' : 'dialog.created', { name: submitted.name }));
      onSaved?.(alarmId);
      onClose();
    },
  });

  return (
    <ConfirmDialog
      open
      maxWidth="md"
      title={rule ? t('dialog.modifyTitle', { name: rule.alarm_name }) : t('dialog.createTitle')}
      confirmLabel={t(rule ? 'dialog.modify' : 'dialog.create')}
      busy={save.isPending}
      error={save.error}
      onConfirm={() => void form.handleSubmit((submitted) => save.mutate(submitted))()}
      onClose={onClose}
    >
      <Typography variant="subtitle2" component="h3">
        {t('dialog.resource')}
      </Typography>
      {rule ? <Typography variant="body2">{t('dialog.metricLocked')}</Typography> : null}
      <AlarmTargetFields form={form} locked={rule !== undefined} />
      <Section title={t('dialog.condition')} />
      <AlarmConditionFields form={form} suggested={suggested} />
      <Section title={t('dialog.notification')} />
      <AlarmNotificationFields form={form} />
      <Section title={t('dialog.basics')} />
      <FormTextField
        control={form.control}
        name="name"
        label={t('fields.name')}
        helperText={t('fields.nameHelp')}
        required
      />
      <FormTextField
        control={form.control}
        name="description"
        label={t('fields.description')}
        helperText={t('fields.descriptionHelp')}
        multiline
      />
      <FormSwitch
        control={form.control}
        name="enabled"
        label={t('fields.enabled')}
        helperText={t('fields.enabledHelp')}
      />
      <Preview values={values} />
    </ConfirmDialog>
  );
}
