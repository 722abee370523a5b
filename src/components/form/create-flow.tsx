/**
 * The buttons and notices a create page shares, whatever it creates: the form's Cancel / Next,
 * the review's Back / Submit, and the quota notice that blocks both (FEATURES §0.4: disable Create
 * and explain when a quota is used up).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/** Cancel (back to `cancelTo`) and the form's submit button, which leads to the review. */
export function CreateFormActions({
  cancelTo,
  nextLabel,
  disabled,
}: {
  cancelTo: string;
  nextLabel: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button component={RouterLink} to={cancelTo}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" variant="contained" disabled={disabled}>
        {nextLabel}
      </Button>
    </Box>
  );
}

/** Back to the form (which kept every value) and Submit, which sends the reviewed requests. */
export function ReviewActions({
  backLabel,
  submitLabel,
  onBack,
  onSubmit,
  submitting,
  backDisabled,
  submitDisabled,
}: {
  backLabel: string;
  submitLabel: string;
  onBack(): void;
  onSubmit(): void;
  submitting: boolean;
  backDisabled: boolean;
  submitDisabled: boolean;
}) {
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button onClick={onBack} disabled={backDisabled}>
        {backLabel}
      </Button>
      <Button variant="contained" loading={submitting} disabled={submitDisabled} onClick={onSubmit}>
        {submitLabel}
      </Button>
    </Box>
  );
}

/** Why nothing can be created: the quota is used up; links to the Service Quotas page. */
export function QuotaExhaustedAlert({
  title,
  message,
  linkLabel,
}: {
  title: string;
  message: string;
  linkLabel: string;
}) {
  return (
    <Alert severity="warning">
      <AlertTitle>{title}</AlertTitle>
      {message} <RouterLink to="/quotas">{linkLabel}</RouterLink>
    </Alert>
  );
}
