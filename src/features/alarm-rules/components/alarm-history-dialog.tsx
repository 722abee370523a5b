/**
 * A rule's history over the last 7 days (querying_the_alarm_history_of_an_alarm_rule.rst): a timeline of
 * its states, and each entry — a state change, or a persisting alarm sent again after the alarm
 * interval — with its time and the values that decided it.
 */
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlarmState } from '../../../../contract/ces/alarm-fields';
import { ALARM_HISTORY_DEFAULT_WINDOW_MS, type AlarmHistory } from '../../../../contract/ces/alarm-history';
import type { MetricAlarm } from '../../../../contract/ces/alarms';
import { alarmQueries } from '../../../api/queries/alarms';
import { type Column, ResourceTable } from '../../../components/resource-table';
import { formatDateTime } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import { AlarmStateChip } from './alarm-state-chip';

const COLOURS: Record<AlarmState, string> = { ok: 'success.main', alarm: 'error.main', insufficient_data: 'grey.400' };

interface Segment {
  state: AlarmState;
  from: number;
  to: number;
}

/** State spans over the window, from the state changes (repeats do not start a span). */
function timelineSegments(entries: readonly AlarmHistory[], from: number, to: number): Segment[] {
  const changes = entries
    .filter((entry) => entry.update_time === entry.trigger_time)
    .sort((a, b) => a.trigger_time - b.trigger_time);
  return changes.map((entry, index) => ({
    state: entry.alarm_status,
    from: Math.max(from, entry.trigger_time),
    to: changes[index + 1]?.trigger_time ?? to,
  }));
}

function Timeline({ entries, now }: { entries: readonly AlarmHistory[]; now: number }) {
  const { t } = useTranslation('alarms');
  const from = now - ALARM_HISTORY_DEFAULT_WINDOW_MS;
  const segments = timelineSegments(entries, from, now);
  const span = now - from;
  return (
    <Box>
      <Box
        role="img"
        aria-label={t('history.timelineLabel', {
          summary: segments
            .map((segment) => `${t(`state.${segment.state}`)} ${formatDateTime(segment.from)}`)
            .join(', '),
        })}
        sx={{ position: 'relative', height: 16, bgcolor: 'grey.100', borderRadius: 1, overflow: 'hidden' }}
      >
        {segments.map((segment) => (
          <Box
            key={segment.from}
            title={`${t(`state.${segment.state}`)}: ${formatDateTime(segment.from)} – ${formatDateTime(segment.to)}`}
            sx={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: `${((segment.from - from) / span) * 100}%`,
              width: `${Math.max(0.3, ((segment.to - segment.from) / span) * 100)}%`,
              bgcolor: COLOURS[segment.state],
            }}
          />
        ))}
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
        <Typography variant="caption" color="text.secondary">
          {formatDateTime(from)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {t('history.now')}
        </Typography>
      </Box>
    </Box>
  );
}

export function AlarmHistoryDialog({ rule, onClose }: { rule: MetricAlarm; onClose(): void }) {
  const { t } = useTranslation('alarms');
  const titleId = useId();
  const history = useQuery(alarmQueries.history(rule.alarm_id));
  const now = useNow();
  const unit = rule.condition.unit ?? '';
  const columns: Column<AlarmHistory>[] = [
    { id: 'time', label: t('history.time'), getValue: (entry) => formatDateTime(entry.trigger_time) },
    {
      id: 'state',
      label: t('history.state'),
      getValue: (entry) => t(`state.${entry.alarm_status}`),
      render: (entry) => <AlarmStateChip state={entry.alarm_status} />,
    },
    {
      id: 'event',
      label: t('history.event'),
      getValue: (entry) =>
        entry.update_time === entry.trigger_time
          ? t('history.changed')
          : t('history.repeated', { since: formatDateTime(entry.update_time) }),
    },
    {
      id: 'values',
      label: t('history.values'),
      getValue: (entry) => entry.datapoints.map((point) => `${point.value} ${unit}`.trim()).join(', ') || '—',
    },
  ];
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('history.title', { name: rule.alarm_name })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('history.intro')}
        </Typography>
        <Timeline entries={history.data ?? []} now={now} />
        <ResourceTable
          label={t('history.table')}
          columns={columns}
          rows={history.data}
          rowKey={(entry) => `${entry.trigger_time}-${entry.alarm_status}`}
          dense
          loading={history.isFetching}
          error={history.error}
          onRetry={() => void history.refetch()}
          empty={t('history.empty')}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common:actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
