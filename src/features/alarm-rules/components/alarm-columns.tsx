/**
 * Columns of the alarm rule list (FEATURES §10.2): name/ID, state, resource (linked by name), metric with
 * its unit, condition, level, enabled, notification, and the operations.
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import { findElbMetric } from '../../../../contract/ces/metrics';
import { notificationTargets } from '../../../../contract/ces/alarm-fields';
import { ActionButton, type Action } from '../../../components/action-button';
import { ActionMenu } from '../../../components/action-menu';
import type { Column } from '../../../components/resource-table';
import { StatusChip } from '../../../components/status-chip';
import { formatDateTime } from '../../../lib/format';
import { localMinute } from '../../../lib/local-time';
import type { AlarmRuleRow, TargetRef } from '../model/alarm-rows';
import { conditionText, metricLabel } from '../model/alarm-text';
import { AlarmStateChip } from './alarm-state-chip';

export type AlarmAction = 'modify' | 'toggle' | 'history' | 'delete';

function TargetText({ target, t }: { target: TargetRef; t: TFunction }) {
  const label = target.name ?? t('alarms:list.missingResource', { id: target.id });
  return (
    <Box>
      <Typography component="span" variant="caption" color="text.secondary">
        {t(`alarms:target.${target.kind}`)}{' '}
      </Typography>
      {target.to ? (
        <Link component={RouterLink} to={target.to} sx={{ overflowWrap: 'anywhere' }}>
          {label}
        </Link>
      ) : (
        <span>{label}</span>
      )}
      {target.detail ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {' '}
          {target.detail}
        </Typography>
      ) : null}
    </Box>
  );
}

const topicsOf = (row: AlarmRuleRow) => notificationTargets([...(row.alarm_actions ?? []), ...(row.ok_actions ?? [])]);

export function alarmColumns(t: TFunction, actions: Record<AlarmAction, Action<AlarmRuleRow>>): Column<AlarmRuleRow>[] {
  return [
    {
      id: 'name',
      label: t('alarms:columns.name'),
      getValue: (row) => row.alarm_name,
      render: (row) => (
        <Box sx={{ minWidth: 130, maxWidth: 180 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{row.alarm_name}</Typography>
          <Typography
            component="div"
            variant="caption"
            color="text.secondary"
            sx={{ fontFamily: 'monospace', fontSize: 11 }}
          >
            {row.alarm_id}
          </Typography>
        </Box>
      ),
    },
    {
      id: 'state',
      label: t('alarms:columns.state'),
      getValue: (row) => t(`alarms:state.${row.alarm_state}`),
      render: (row) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          <AlarmStateChip state={row.alarm_state} />
          <Typography component="div" variant="caption" color="text.secondary" title={formatDateTime(row.update_time)}>
            {t('alarms:list.since', { time: localMinute(row.update_time) })}
          </Typography>
        </Box>
      ),
    },
    {
      id: 'resource',
      label: t('alarms:columns.resource'),
      getValue: (row) => row.targets.map((target) => target.name ?? target.id).join(' / '),
      render: (row) => (
        <Box sx={{ minWidth: 120, maxWidth: 160 }}>
          {row.targets.map((target) => (
            <TargetText key={target.id} target={target} t={t} />
          ))}
        </Box>
      ),
    },
    {
      id: 'metric',
      label: t('alarms:columns.metric'),
      getValue: (row) => row.metric.metric_name,
      // The condition reads under its metric: one column less keeps the operations in view.
      render: (row) => (
        <Box sx={{ minWidth: 160, maxWidth: 230 }}>
          {metricLabel(row.metric.metric_name)} (
          {findElbMetric(row.metric.metric_name)?.unit ?? row.condition.unit ?? ''})
          <Typography component="div" variant="caption" color="text.secondary">
            {conditionText(t, row.condition)}
          </Typography>
        </Box>
      ),
    },
    {
      id: 'condition',
      label: t('alarms:columns.condition'),
      getValue: (row) => conditionText(t, row.condition),
      exportOnly: true,
    },
    {
      id: 'level',
      label: t('alarms:columns.level'),
      getValue: (row) => t(`alarms:level.${row.alarm_level}`),
    },
    {
      id: 'enabled',
      label: t('alarms:columns.enabled'),
      getValue: (row) => t(row.alarm_enabled ? 'alarms:list.enabled' : 'alarms:list.disabled'),
      render: (row) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          <StatusChip
            tone={row.alarm_enabled ? 'ok' : 'off'}
            label={t(row.alarm_enabled ? 'alarms:list.enabled' : 'alarms:list.disabled')}
          />
          <Typography component="div" variant="caption" color="text.secondary" title={topicsOf(row).join('\n')}>
            {row.alarm_action_enabled
              ? t('alarms:list.topics', { count: topicsOf(row).length })
              : t('alarms:list.noNotification')}
          </Typography>
        </Box>
      ),
    },
    {
      id: 'notification',
      label: t('alarms:columns.notification'),
      getValue: (row) => (row.alarm_action_enabled ? topicsOf(row).join('; ') : ''),
      exportOnly: true,
    },
    {
      id: 'operation',
      label: t('table.operation'),
      stickyRight: true,
      getValue: () => '',
      render: (row) => {
        // Enable/Disable reads as what it will do to this rule.
        const toggle = {
          ...actions.toggle,
          label: t(row.alarm_enabled ? 'alarms:actions.disable' : 'alarms:actions.enable'),
        };
        return (
          <Box sx={{ display: 'flex', gap: 0.5 }}>
            <ActionButton
              act={actions.modify}
              item={row}
              size="small"
              aria-label={t('alarms:actions.modifyNamed', { name: row.alarm_name })}
            />
            <ActionMenu
              label={t('alarms:actions.more')}
              ariaLabel={t('alarms:actions.moreNamed', { name: row.alarm_name })}
              actions={[actions.history, toggle, actions.delete]}
              item={row}
            />
          </Box>
        );
      },
    },
  ];
}
