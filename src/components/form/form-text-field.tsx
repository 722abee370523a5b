/** A text or number field bound to react-hook-form; its error names the rule it broke. */
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateRule } from '../../i18n';

export type FormTextFieldProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error'
> & {
  name: FieldPath<T>;
  control: Control<T>;
  /** Number fields hand the form a number (or null when blank), not a string. */
  numeric?: boolean;
};

export function FormTextField<T extends FieldValues>({
  name,
  control,
  numeric,
  helperText,
  ...props
}: FormTextFieldProps<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          name={field.name}
          inputRef={field.ref}
          value={field.value ?? ''}
          onBlur={field.onBlur}
          onChange={(event) => {
            const text = event.target.value;
            // A cleared number is null, not undefined: react-hook-form would put the default back.
            field.onChange(numeric ? (text.trim() === '' ? null : Number(text)) : text);
          }}
          type={numeric ? 'number' : props.type}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ? translateRule(t, fieldState.error.message) : helperText}
          fullWidth={props.fullWidth ?? true}
        />
      )}
    />
  );
}
