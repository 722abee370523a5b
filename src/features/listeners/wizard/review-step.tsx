/**
 * Step 4: what will be created, the exact API calls, and — once started — each call's
 * outcome. After a failure it names what exists already and offers retry or roll back.
 */
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { StepStateIcon } from '../../../components/step-state-icon';
import { ApiRequestPanel, type PlannedRequest } from '../../../components/api-request-panel';
import { DetailList, type DetailItem } from '../../../components/detail-list';
import type { RunState } from '../api/create-listener-run';
import type { PlanStepId } from '../model/wizard-plan';

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
                <ListItemIcon>
                  <StepStateIcon state={states[id]!} />
                </ListItemIcon>
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
