/**
 * Step 4: what will be created, the exact API calls, and — once started — each call's
 * outcome. After a failure it names what exists already and offers retry or roll back.
 */
import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Undo from '@mui/icons-material/Undo';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestPanel, type PlannedRequest } from '../../../components/api-request-panel';
import { DetailList, type DetailItem } from '../../../components/detail-list';
import type { RunState } from '../api/create-listener-run';
import type { PlanStepId } from '../model/wizard-plan';

const ICONS: Record<RunState, ReactElement> = {
  waiting: <RadioButtonUnchecked color="disabled" />,
  running: <CircularProgress size={20} />,
  done: <CheckCircle color="success" />,
  failed: <ErrorOutlineOutlined color="error" />,
  rolledBack: <Undo color="action" />,
};

export function ReviewStep({
  summary,
  requests,
  states,
}: {
  summary: DetailItem[];
  requests: PlannedRequest[];
  states: Partial<Record<PlanStepId, RunState>>;
}) {
  const { t } = useTranslation('listeners');
  const started = Object.keys(states).length > 0;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        <DetailList items={summary} />
      </Paper>
      {started ? (
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          <Typography variant="h3">{t('wizard.progress')}</Typography>
          <List dense aria-live="polite">
            {(Object.keys(states) as PlanStepId[]).map((id) => (
              <ListItem key={id}>
                <ListItemIcon>{ICONS[states[id]!]}</ListItemIcon>
                <ListItemText primary={t(`wizard.steps.${id}`)} secondary={t(`wizard.states.${states[id]!}`)} />
              </ListItem>
            ))}
          </List>
        </Paper>
      ) : null}
      <ApiRequestPanel requests={requests} defaultExpanded />
    </Box>
  );
}
