/** OK / Alarm / Insufficient data, with an icon so colour is never the only signal. */
import { useTranslation } from 'react-i18next';
import type { AlarmState } from '../../../../contract/ces/alarm-fields';
import { StatusChip, type StatusTone } from '../../../components/status-chip';

const TONE: Record<AlarmState, StatusTone> = { ok: 'ok', alarm: 'error', insufficient_data: 'unknown' };

export function AlarmStateChip({ state }: { state: AlarmState }) {
  const { t } = useTranslation('alarms');
  return <StatusChip tone={TONE[state]} label={t(`state.${state}`)} />;
}
