import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import IconButton from '@mui/material/IconButton';
import { Tooltip } from '../../components/tooltip';
import { useColorScheme } from '@mui/material/styles';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useMockControl } from '../../lib/mock-control';
import { QuotaIndicator } from '../../features/quotas/components/quota-indicator';
import { PageHelpButton } from './page-help-button';

// Only mock mode has a mock data menu; remote mode never loads it.
const MockDataMenu = lazy(() =>
  import('../../features/mock-data/components/mock-data-menu').then((module) => ({ default: module.MockDataMenu })),
);

function ThemeToggle() {
  const { t } = useTranslation();
  const { mode, systemMode, setMode } = useColorScheme();
  const dark = (mode === 'system' ? systemMode : mode) === 'dark';
  const label = dark ? t('theme.useLight') : t('theme.useDark');
  return (
    <Tooltip title={label}>
      <IconButton aria-label={label} onClick={() => setMode(dark ? 'light' : 'dark')}>
        {dark ? <LightModeOutlined /> : <DarkModeOutlined />}
      </IconButton>
    </Tooltip>
  );
}

export function HeaderActions() {
  return (
    <>
      <QuotaIndicator />
      {useMockControl() ? (
        <Suspense fallback={null}>
          <MockDataMenu />
        </Suspense>
      ) : null}
      <PageHelpButton />
      <ThemeToggle />
    </>
  );
}
