import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { MockDataMenu } from '../../features/mock-data/components/mock-data-menu';
import { QuotaIndicator } from '../../features/quotas/components/quota-indicator';

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
      <MockDataMenu />
      <ThemeToggle />
    </>
  );
}
