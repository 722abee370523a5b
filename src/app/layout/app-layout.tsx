/** The frame of every page: header, left navigation (a drawer on narrow screens) and the page. */
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import GlobalStyles from '@mui/material/GlobalStyles';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet } from 'react-router';
import { PageLoading } from '../../components/page-loading';
import { HeaderActions } from './header-actions';
import { SideNav } from './side-nav';
import { SessionSelector } from './session-selector';

const DRAWER_WIDTH = 232;

// Classic jobs are watched from any page; the gate that decides whether any runs loads after the first paint.
const ClassicJobWatcherGate = lazy(() => import('../../features/classic/jobs/job-watcher-gate'));

/** The skip link stays out of sight until a keyboard user reaches it. */
const skipLinkStyles = {
  '.skip-link': {
    position: 'absolute',
    left: -10000,
    top: 8,
    zIndex: 2000,
    padding: '8px 12px',
    background: '#fff',
    color: '#000',
  },
  '.skip-link:focus': { left: 8 },
} as const;

export function AppLayout() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [open, setOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <GlobalStyles styles={skipLinkStyles} />
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <AppBar
        position="fixed"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', zIndex: theme.zIndex.drawer + 1 }}
      >
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          {wide ? null : (
            <IconButton edge="start" aria-label={t('openNavigation')} onClick={() => setOpen(true)}>
              <MenuIcon />
            </IconButton>
          )}
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            noWrap
            sx={{
              color: 'inherit',
              textDecoration: 'none',
              fontSize: '1.05rem',
              fontWeight: 600,
              display: { xs: 'none', sm: 'block' },
            }}
          >
            {t('productName')}
          </Typography>
          <SessionSelector />
          <Box sx={{ flexGrow: 1 }} />
          <HeaderActions />
        </Toolbar>
      </AppBar>
      <Drawer
        variant={wide ? 'permanent' : 'temporary'}
        open={wide || open}
        onClose={() => setOpen(false)}
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <SideNav onNavigate={() => setOpen(false)} />
      </Drawer>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, outline: 'none' }}>
        <Toolbar variant="dense" />
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
        <Suspense fallback={null}>
          <ClassicJobWatcherGate />
        </Suspense>
      </Box>
    </Box>
  );
}
