/** "Create alarm rule" on a monitoring chart: the alarm-rules feature's button, handed to the charts. */
import { CreateAlarmFromChart } from '../../features/alarm-rules/components/create-alarm-from-chart';
import type { AlarmPrefill } from '../../lib/alarm-prefill';

export const createAlarmFromChart = (prefill: AlarmPrefill) => <CreateAlarmFromChart prefill={prefill} />;
