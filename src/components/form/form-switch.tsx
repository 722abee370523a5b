/** A labelled switch bound to react-hook-form; `disabledReason` explains a switch that cannot move. */
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import { Tooltip } from '../tooltip';
import { useId, type ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateRule } from '../../i18n';

export function FormSwitch<T extends FieldValues>({
  name,
  control,
  label,
  helperText,
  disabledReason,
}: {
  name: FieldPath<T>;
  control: Control<T>;
  label: string;
  helperText?: ReactNode;
  disabledReason?: string;
}) {
  const { t } = useTranslation();
  const helpId = useId();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <div>
          <Tooltip title={disabledReason ?? ''} describeChild placement="bottom-start">
            <FormControlLabel
              label={label}
              control={
                <Switch
                  name={field.name}
                  checked={Boolean(field.value)}
                  onChange={(event) => field.onChange(event.target.checked)}
                  onBlur={field.onBlur}
                  disabled={disabledReason !== undefined}
                  slotProps={{
                    input: { ref: field.ref, 'aria-describedby': helperText || fieldState.error ? helpId : undefined },
                  }}
                />
              }
            />
          </Tooltip>
          {fieldState.error?.message || helperText || disabledReason ? (
            <FormHelperText id={helpId} error={fieldState.error !== undefined} sx={{ mt: 0 }}>
              {fieldState.error?.message ? translateRule(t, fieldState.error.message) : (disabledReason ?? helperText)}
            </FormHelperText>
          ) : null}
        </div>
      )}
    />
  );
}
