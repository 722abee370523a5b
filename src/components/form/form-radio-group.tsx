/** A labelled radio group bound to react-hook-form. */
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId, type ReactNode } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export function FormRadioGroup<T extends FieldValues>({
  name,
  control,
  label,
  options,
  helperText,
  onValueChange,
}: {
  name: FieldPath<T>;
  control: Control<T>;
  label: string;
  options: { value: string; label: ReactNode; disabled?: boolean }[];
  helperText?: ReactNode;
  onValueChange?(value: string): void;
}) {
  const labelId = useId();
  return (
    <Controller
      name={name}
      control={control}
      render={({ field }) => (
        <FormControl>
          <FormLabel id={labelId}>{label}</FormLabel>
          <RadioGroup
            row
            aria-labelledby={labelId}
            name={field.name}
            value={field.value}
            onChange={(event) => {
              field.onChange(event.target.value);
              onValueChange?.(event.target.value);
            }}
          >
            {options.map((option) => (
              <FormControlLabel
                key={option.value}
                value={option.value}
                control={<Radio />}
                label={option.label}
                disabled={option.disabled}
              />
            ))}
          </RadioGroup>
          {helperText ? <FormHelperText>{helperText}</FormHelperText> : null}
        </FormControl>
      )}
    />
  );
}
