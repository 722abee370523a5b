/** "More" menu of actions; a disabled item shows why, under its label. */
import MoreVert from '@mui/icons-material/MoreVert';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import type { Action } from './action-button';

export function ActionMenu<T>({
  label,
  actions,
  item,
  ariaLabel,
}: {
  label: string;
  actions: Action<T>[];
  item: T;
  ariaLabel?: string;
}) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  return (
    <>
      <Button
        size="small"
        endIcon={<MoreVert fontSize="small" />}
        aria-label={ariaLabel ?? label}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {label}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {actions.map((action) => {
          const reason = action.reason(item);
          return (
            <MenuItem
              key={action.id}
              disabled={reason !== undefined}
              onClick={() => {
                setAnchor(null);
                action.run(item);
              }}
              sx={{ maxWidth: 360, whiteSpace: 'normal', ...(action.danger ? { color: 'error.main' } : {}) }}
            >
              <ListItemText
                primary={action.label}
                secondary={reason}
                slotProps={{ secondary: { sx: { whiteSpace: 'normal' } } }}
              />
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
}
