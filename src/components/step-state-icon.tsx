/** The icon of one call in a run's progress list; the state's text stands beside it, so the icon is decorative. */
import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Undo from '@mui/icons-material/Undo';
import CircularProgress from '@mui/material/CircularProgress';

export type StepRunState = 'waiting' | 'running' | 'done' | 'failed' | 'rolledBack';

export function StepStateIcon({ state }: { state: StepRunState }) {
  switch (state) {
    case 'waiting':
      return <RadioButtonUnchecked color="disabled" />;
    case 'running':
      return <CircularProgress size={20} aria-hidden />;
    case 'done':
      return <CheckCircle color="success" />;
    case 'failed':
      return <ErrorOutline color="error" />;
    case 'rolledBack':
      return <Undo color="action" />;
  }
}
