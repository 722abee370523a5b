/** The Monitoring page as the console composes it: its charts offer "Create alarm rule" (alarm-rules feature). */
import MonitoringPage from '../../features/monitoring/routes/monitoring-page';
import { createAlarmFromChart } from './alarm-action';

export default function ComposedMonitoringPage() {
  return <MonitoringPage alarmAction={createAlarmFromChart} />;
}
