/** A status as a coloured chip with an icon, so colour is never the only signal. */
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import PauseCircleOutline from '@mui/icons-material/PauseCircleOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import { Tooltip } from './tooltip';

export type StatusTone = 'ok' | 'busy' | 'off' | 'warn' | 'error' | 'unknown';

const TONES: Record<
  StatusTone,
  { color: 'success' | 'info' | 'default' | 'warning' | 'error'; icon: React.ReactElement }
> = {
  ok: { color: 'success', icon: <CheckCircleOutline /> },
  // Decorative: the chip's label says the state.
  busy: { color: 'info', icon: <CircularProgress size={12} color="inherit" aria-hidden /> },
  off: { color: 'default', icon: <PauseCircleOutline /> },
  warn: { color: 'warning', icon: <WarningAmber /> },
  error: { color: 'error', icon: <ErrorOutline /> },
  unknown: { color: 'default', icon: <HelpOutline /> },
};

export function StatusChip({ tone, label, tooltip }: { tone: StatusTone; label: string; tooltip?: string }) {
  const { color, icon } = TONES[tone];
  const chip = (
    <Chip size="small" variant="outlined" color={color} icon={icon} label={label} sx={{ fontWeight: 500 }} />
  );
  return tooltip ? (
    <Tooltip title={tooltip}>
      <span>{chip}</span>
    </Tooltip>
  ) : (
    chip
  );
}
