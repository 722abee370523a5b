import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h1" gutterBottom>
        {t('notFound.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('notFound.body', { path: pathname })}</Typography>
      <Button variant="contained" component={RouterLink} to="/load-balancers">
        {t('actions.backToLoadBalancers')}
      </Button>
    </Box>
  );
}
