/**
 * "Create alarm rule" on a metric chart (issue 5): opens the create dialog with the chart's metric and
 * resource, the threshold suggested from the chart's value; once created, a link leads to the rule list.
 * The monitoring charts render it through their `alarmAction` prop (the app wires the two features).
 */
import AddAlert from '@mui/icons-material/AddAlertOutlined';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AlarmPrefill } from '../../../lib/alarm-prefill';
import { alarmFormOfPrefill } from '../model/alarm-form';
import { AlarmRuleDialog } from './alarm-rule-dialog';

export function CreateAlarmFromChart({ prefill }: { prefill: AlarmPrefill }) {
  const { t } = useTranslation('alarms');
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string>();
  return (
    <>
      <Button
        size="small"
        startIcon={<AddAlert />}
        onClick={() => setOpen(true)}
        aria-label={t('fromChart.buttonNamed', { metric: prefill.metricName, resource: prefill.resourceName })}
      >
        {t('fromChart.button')}
      </Button>
      {created ? (
        <Link component={RouterLink} to={`/alarm-rules?search=${encodeURIComponent(created)}`} variant="body2">
          {t('fromChart.view')}
        </Link>
      ) : null}
      {open ? (
        <AlarmRuleDialog
          initial={alarmFormOfPrefill(prefill)}
          suggested={prefill.value}
          onClose={() => setOpen(false)}
          onSaved={setCreated}
        />
      ) : null}
    </>
  );
}
