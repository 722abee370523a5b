/**
 * Notification (creating_an_alarm_rule.rst, Tables 5 and 6): up to 5 SMN topic URNs, sent when the alarm
 * is triggered and/or cleared. One list serves both, because the API requires alarm_actions and
 * ok_actions to notify the same topics.
 */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSwitch } from '../../../components/form/form-switch';
import { FormTextField } from '../../../components/form/form-text-field';
import type { AlarmFormValues } from '../model/alarm-form';

type Form = UseFormReturn<AlarmFormValues>;

export function AlarmNotificationFields({ form }: { form: Form }) {
  const { t } = useTranslation('alarms');
  const enabled = useWatch({ control: form.control, name: 'actionEnabled' });
  const revalidate = () => void form.trigger('topics');
  return (
    <>
      <FormSwitch
        control={form.control}
        name="actionEnabled"
        label={t('fields.actionEnabled')}
        helperText={t('fields.actionEnabledHelp')}
      />
      {enabled ? (
        <>
          <FormTextField
            control={form.control}
            name="topics"
            label={t('fields.topics')}
            helperText={t('fields.topicsHelp')}
            placeholder="urn:smn:eu-de:<project ID>:<topic>"
            multiline
            minRows={2}
            required
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
          />
          <FormGroup row aria-label={t('fields.notifyWhen')}>
            {(['notifyOnAlarm', 'notifyOnOk'] as const).map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <FormControlLabel
                    label={t(`fields.${name}`)}
                    control={
                      <Checkbox
                        checked={field.value}
                        onChange={(event) => {
                          field.onChange(event.target.checked);
                          revalidate();
                        }}
                      />
                    }
                  />
                )}
              />
            ))}
          </FormGroup>
        </>
      ) : null}
    </>
  );
}
