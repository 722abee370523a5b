/**
 * The review step: what will be created, the exact API calls, and — once submitted —
 * how far it got. A failed call says what exists already; the form keeps its values.
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
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { ReviewSummary, type ReviewRow } from '../../../components/review-summary';
import { plannedRequests, type CreateStepId, type StepState } from '../api/create-load-balancer';
import type { CreateRequests } from '../model/create-form';

export function CreateReview({
  rows,
  requests,
  states,
}: {
  rows: ReviewRow[];
  requests: CreateRequests;
  states: Partial<Record<CreateStepId, StepState>>;
}) {
  const { t } = useTranslation('lb');
  const title = (id: CreateStepId) => t(`create.steps.${id}`);
  const note = (id: CreateStepId) => (id === 'bindEip' || id === 'tags' ? t('create.steps.usesEarlier') : undefined);
  const started = Object.keys(states).length > 0;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <ReviewSummary title={t('create.review.title')} rows={rows} />
      {started ? (
        <Paper variant="outlined" sx={{ p: 2.5 }}>
          <Typography variant="h2">{t('create.progress.title')}</Typography>
          <List dense aria-live="polite">
            {(Object.keys(states) as CreateStepId[]).map((id) => (
              <ListItem key={id}>
                <ListItemIcon>
                  <StepStateIcon state={states[id]!} />
                </ListItemIcon>
                <ListItemText primary={title(id)} secondary={t(`create.progress.${states[id]!}`)} />
              </ListItem>
            ))}
          </List>
        </Paper>
      ) : null}
      <ApiRequestPanel requests={plannedRequests(requests, title, note)} defaultExpanded />
    </Box>
  );
}
