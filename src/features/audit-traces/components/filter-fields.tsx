/** The fields of the trace filter bar: a compact select whose empty value means "all", and a time input. */
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

export interface FilterSelectProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}

export function FilterSelect({ label, value, options, onChange }: FilterSelectProps) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      // "All …" is the empty value: show it, with the label above it.
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
      sx={{ minWidth: 160 }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

export interface TimeInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  invalid: boolean;
  helperText?: string;
}

/** One end of a custom time range, in local time to the minute. */
export function TimeInput({ label, value, onChange, invalid, helperText }: TimeInputProps) {
  return (
    <TextField
      size="small"
      type="datetime-local"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={invalid}
      helperText={helperText}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
