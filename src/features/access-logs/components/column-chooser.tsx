/** Which fields the viewer shows as columns: every documented field can be chosen. */
import CheckBox from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlank from '@mui/icons-material/CheckBoxOutlineBlank';
import ViewColumn from '@mui/icons-material/ViewColumnOutlined';
import ListItemIcon from '@mui/material/ListItemIcon';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMN_ORDER, DEFAULT_COLUMNS } from '../model/columns';

export function ColumnChooser({ shown, onChange }: { shown: ReadonlySet<number>; onChange(shown: Set<number>): void }) {
  const { t } = useTranslation('accessLogs');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const toggle = (position: number) => {
    const next = new Set(shown);
    if (next.has(position)) next.delete(position);
    else next.add(position);
    // At least one column stays.
    if (next.size > 0) onChange(next);
  };
  return (
    <>
      <Button
        startIcon={<ViewColumn />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="true"
        aria-expanded={anchor !== null}
      >
        {t('viewer.columns')}
      </Button>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': t('viewer.columnsTitle'), dense: true }, paper: { sx: { maxHeight: 480 } } }}
      >
        {COLUMN_ORDER.map((position) => (
          <MenuItem
            key={position}
            onClick={() => toggle(position)}
            role="menuitemcheckbox"
            aria-checked={shown.has(position)}
          >
            <ListItemIcon>
              {shown.has(position) ? (
                <CheckBox fontSize="small" color="primary" />
              ) : (
                <CheckBoxOutlineBlank fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText primary={t(`fields.${position}`)} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={() => onChange(new Set(DEFAULT_COLUMNS))}>{t('viewer.resetColumns')}</MenuItem>
      </Menu>
    </>
  );
}
