/** The error boundary of every route: what failed, and a way back. It resets when the user navigates. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';

export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2, maxWidth: 760 }}>
      <ErrorAlert error={error} title={t('errors.pageFailed')} />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>
        <Button component={RouterLink} to="/load-balancers">
          {t('actions.backToLoadBalancers')}
        </Button>
      </Box>
    </Box>
  );
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

export function RouteBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary key={pathname}>{children}</Boundary>;
}
