/**
 * A multiple-choice select bound to react-hook-form, its value a list of option values (SNI
 * certificates). Each option shows a checkbox; `optionDisabled` sees what is chosen, so one choice
 * can rule out others (one certificate per domain name).
 */
import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateRule } from '../../i18n';
import type { SelectOption } from './form-select';

export function FormMultiSelect<T extends FieldValues>({
  name,
  control,
  label,
  options,
  helperText,
  optionDisabled,
  chosenLabel,
}: {
  name: FieldPath<T>;
  control: Control<T>;
  label: string;
  options: readonly SelectOption[];
  /** Shown while the field has no error; gets how many values are chosen. */
  helperText(count: number): ReactNode;
  optionDisabled?(value: string, chosen: ReadonlySet<string>): boolean;
  /** How a chosen value reads in the closed field, when shorter than its option's label. */
  chosenLabel?(value: string): string;
}) {
  const { t } = useTranslation();
  const labelOf = (value: string) =>
    chosenLabel?.(value) ?? options.find((option) => option.value === value)?.label ?? value;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const values: string[] = field.value ?? [];
        const chosen = new Set(values);
        return (
          <TextField
            select
            label={label}
            name={field.name}
            inputRef={field.ref}
            value={values}
            onChange={(event) => {
              // MUI hands a multiple select's value over as a list; browser autofill as a comma-separated string.
              const value: unknown = event.target.value;
              field.onChange(typeof value === 'string' ? value.split(',') : value);
            }}
            onBlur={field.onBlur}
            error={fieldState.error !== undefined}
            helperText={
              fieldState.error?.message ? translateRule(t, fieldState.error.message) : helperText(values.length)
            }
            slotProps={{
              select: {
                multiple: true,
                renderValue: (selected) => (Array.isArray(selected) ? selected.map(labelOf).join(', ') : ''),
              },
            }}
          >
            {options.map((option) => (
              <MenuItem
                key={option.value}
                value={option.value}
                disabled={option.disabled || (!chosen.has(option.value) && optionDisabled?.(option.value, chosen))}
              >
                <Checkbox checked={chosen.has(option.value)} size="small" />
                <ListItemText primary={option.label} />
              </MenuItem>
            ))}
          </TextField>
        );
      }}
    />
  );
}
