/** The icon button that reloads a list now, named for screen readers and explained on hover. */
import Refresh from '@mui/icons-material/Refresh';
import IconButton from '@mui/material/IconButton';
import { Tooltip } from './tooltip';

export function RefreshButton({ label, onRefresh }: { label: string; onRefresh(): void }) {
  return (
    <Tooltip title={label}>
      <IconButton aria-label={label} onClick={onRefresh}>
        <Refresh />
      </IconButton>
    </Tooltip>
  );
}
