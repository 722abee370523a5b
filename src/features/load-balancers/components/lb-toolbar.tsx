/** Search (by name, ID, private IP, EIP, backend server IP or tag) and filters of the load balancer list. */
import Add from '@mui/icons-material/Add';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Refresh from '@mui/icons-material/Refresh';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { HelpLink } from '../../../components/help-link';
import { Tooltip } from '../../../components/tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { isClassicOfferedIn } from '../../../../contract/elb-classic/regions';
import { apiSession } from '../../../api/session';
import { lbTypes, networkFilters, searchFields, statusFilters, type ListParams } from '../model/list-params';

/** Classic load balancers have no tags, and their backend servers are listed per listener. */
const classicSearchFields: readonly string[] = ['name', 'id', 'ip', 'eip'];

export interface LbToolbarProps {
  params: ListParams;
  onChange(patch: Partial<ListParams>): void;
  onRefresh(): void;
  onExport(): void;
  exporting: boolean;
  /** Why Create is unavailable (quota), if it is. */
  createBlocked?: string;
}

export function LbToolbar({ params, onChange, onRefresh, onExport, exporting, createBlocked }: LbToolbarProps) {
  const { t } = useTranslation('lb');
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center', mb: 1.5 }}>
      {createBlocked ? (
        <Alert severity="warning" sx={{ flexBasis: '100%' }}>
          {createBlocked} <HelpLink topic="how-many-load-balancers" />
        </Alert>
      ) : null}
      <Button
        variant="contained"
        startIcon={<Add />}
        component={RouterLink}
        to="/load-balancers/create"
        disabled={createBlocked !== undefined}
      >
        {t('actions.create')}
      </Button>
      <SearchBox key={params.search} params={params} onChange={onChange} />
      <FilterSelect
        label={t('filters.type')}
        value={params.type}
        options={lbTypes.filter((value) => value === 'enhanced' || isClassicOfferedIn(apiSession().region))}
        optionLabel={(value) => t(`type.${value}`)}
        onChange={(type) => onChange({ type })}
      />
      <FilterSelect
        label={t('filters.status')}
        value={params.status}
        options={statusFilters}
        optionLabel={(value) => t(`filters.statusValues.${value}`)}
        onChange={(status) => onChange({ status })}
      />
      <FilterSelect
        label={t('filters.network')}
        value={params.network}
        options={networkFilters}
        optionLabel={(value) => t(`filters.networkValues.${value}`)}
        onChange={(network) => onChange({ network })}
      />
      <Box sx={{ flexGrow: 1 }} />
      <Tooltip title={t('refresh')}>
        <IconButton aria-label={t('refresh')} onClick={onRefresh}>
          <Refresh />
        </IconButton>
      </Tooltip>
      <Tooltip title={t('export.tooltip')}>
        <span>
          <IconButton aria-label={t('export.label')} onClick={onExport} disabled={exporting}>
            <FileDownloadOutlined />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}

/** Keyed by the applied search, so the box shows it again after back/forward navigation. */
function SearchBox({ params, onChange }: Pick<LbToolbarProps, 'params' | 'onChange'>) {
  const { t } = useTranslation('lb');
  const [text, setText] = useState(params.search);
  return (
    <Box
      component="form"
      role="search"
      sx={{ display: 'flex', gap: 1 }}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ search: text.trim() });
      }}
    >
      <TextField
        select
        size="small"
        label={t('search.by')}
        value={params.searchBy}
        onChange={(event) => onChange({ searchBy: event.target.value as ListParams['searchBy'] })}
        sx={{ width: 170 }}
      >
        {searchFields
          .filter((field) => params.type === 'enhanced' || classicSearchFields.includes(field))
          .map((field) => (
            <MenuItem key={field} value={field}>
              {t(`search.fields.${field}`)}
            </MenuItem>
          ))}
      </TextField>
      <TextField
        size="small"
        label={t('search.label')}
        placeholder={t(`search.placeholder.${params.searchBy}`)}
        value={text}
        onChange={(event) => setText(event.target.value)}
        sx={{ width: { xs: 180, md: 260 } }}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton type="submit" size="small" aria-label={t('search.submit')} edge="end">
                  <Search fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
    </Box>
  );
}

/** One of the list's filters: a small select over a fixed set of values. */
function FilterSelect<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel(value: T): string;
  onChange(value: T): void;
}) {
  return (
    <TextField
      select
      size="small"
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as T)}
      sx={{ width: 150 }}
    >
      {props.options.map((value) => (
        <MenuItem key={value} value={value}>
          {props.optionLabel(value)}
        </MenuItem>
      ))}
    </TextField>
  );
}
