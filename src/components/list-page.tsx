/**
 * The pieces every resource list page repeats: a header with its Create button, a search field and
 * select filters whose first choice clears them (certificates, alarm rules, …).
 */
import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { PageHeader } from './page-header';

export function ListPageHeader(props: { title: string; help: string; createLabel: string; onCreate(): void }) {
  return (
    <PageHeader
      title={props.title}
      crumbs={[{ label: props.title }]}
      help={props.help}
      actions={
        <Button variant="contained" startIcon={<Add />} onClick={props.onCreate}>
          {props.createLabel}
        </Button>
      }
    />
  );
}

export function SearchField(props: { label: string; value: string; onChange(value: string): void; minWidth: number }) {
  return (
    <TextField
      size="small"
      type="search"
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      sx={{ minWidth: props.minWidth }}
    />
  );
}

/** A select filter; '' (the first choice, labelled `allLabel`) means no filter. */
export function FilterSelect(props: {
  label: string;
  allLabel: string;
  value: string;
  options: readonly (readonly [value: string, label: string])[];
  onChange(value: string): void;
  minWidth: number;
}) {
  return (
    <TextField
      select
      size="small"
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      sx={{ minWidth: props.minWidth }}
    >
      <MenuItem value="">{props.allLabel}</MenuItem>
      {props.options.map(([value, label]) => (
        <MenuItem key={value} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}
