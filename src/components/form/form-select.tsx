/** A select bound to react-hook-form. */
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateRule } from '../../i18n';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export function FormSelect<T extends FieldValues>({
  name,
  control,
  options,
  helperText,
  onValueChange,
  ...props
}: Omit<TextFieldProps, 'name' | 'select'> & {
  name: FieldPath<T>;
  control: Control<T>;
  options: SelectOption[];
  onValueChange?(value: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          select
          name={field.name}
          inputRef={field.ref}
          value={field.value ?? ''}
          onBlur={field.onBlur}
          onChange={(event) => {
            field.onChange(event.target.value);
            // Choosing is the whole interaction: the field counts as touched and is checked now. Otherwise a
            // stale error would only clear on the later blur, and the layout shift under the pointer could
            // swallow the click (Next, OK) that caused that blur.
            field.onBlur();
            onValueChange?.(event.target.value);
          }}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ? translateRule(t, fieldState.error.message) : helperText}
          fullWidth={props.fullWidth ?? true}
        >
          {options.map((option) => (
            <MenuItem key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
