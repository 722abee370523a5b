/** Title row of a page: breadcrumbs, heading, optional status and actions. */
import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

export function PageHeader({
  title,
  crumbs = [],
  status,
  actions,
  help,
}: {
  title: ReactNode;
  crumbs?: Crumb[];
  status?: ReactNode;
  actions?: ReactNode;
  help?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Box component="header" sx={{ px: 3, pt: 2, pb: 1.5 }}>
      {crumbs.length > 0 ? (
        <Breadcrumbs aria-label={t('breadcrumbs')} sx={{ mb: 0.5, fontSize: '0.85rem' }}>
          {crumbs.map((crumb) =>
            crumb.to ? (
              <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
                {crumb.label}
              </Link>
            ) : (
              <Typography
                key={crumb.label}
                color="text.primary"
                sx={{ fontSize: 'inherit', maxWidth: 420 }}
                noWrap
                aria-current="page"
              >
                {crumb.label}
              </Typography>
            ),
          )}
        </Breadcrumbs>
      ) : null}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        {status}
        <Box sx={{ flexGrow: 1 }} />
        {actions ? <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>{actions}</Box> : null}
      </Box>
      {help ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 900 }}>
          {help}
        </Typography>
      ) : null}
    </Box>
  );
}
