/** Delete Alarm Rule (deleting_an_alarm_rule.rst): confirmed, and the rule's history goes with it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/api-call';
import { alarmsApi } from '../../../api/clients/ces-alarms';
import { alarmKeys } from '../../../api/queries/alarms';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import type { AlarmRuleRow } from '../model/alarm-rows';

export function DeleteAlarmDialog({ row, onClose }: { row: AlarmRuleRow; onClose(): void }) {
  const { t } = useTranslation('alarms');
  const queryClient = useQueryClient();
  const notify = useNotify();
  const remove = useMutation({
    mutationFn: () => call(alarmsApi.remove(row.alarm_id)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: alarmKeys.all });
      notify.success(t('delete.done', { name: row.alarm_name }));
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open
      danger
      title={t('delete.title')}
      confirmLabel={t('actions.delete')}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onClose={onClose}
    >
      {t('delete.body', { name: row.alarm_name })}
    </ConfirmDialog>
  );
}
