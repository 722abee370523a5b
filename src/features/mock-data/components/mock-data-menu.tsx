/**
 * Mock mode only: shows which scenario the in-browser cloud runs and lets the user
 * reset its data or switch scenario. Both reload the page on the new state.
 */
import Storage from '@mui/icons-material/Storage';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMockControl } from '../../../lib/mock-control';

export function MockDataMenu() {
  const { t } = useTranslation('mock');
  const mock = useMockControl();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!mock) return null;
  const reloadOn = (scenario: string) =>
    window.location.assign(`/load-balancers?scenario=${encodeURIComponent(scenario)}`);
  return (
    <>
      <Button
        size="small"
        color="inherit"
        startIcon={<Storage />}
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-label={t('button', { scenario: mock.scenario })}
        sx={{ whiteSpace: 'nowrap', minWidth: 0 }}
      >
        <Box component="span" sx={{ display: { xs: 'none', lg: 'inline' } }}>
          {t('button', { scenario: mock.scenario })}
        </Box>
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListSubheader>{t('explain')}</ListSubheader>
        <MenuItem
          onClick={() => {
            void mock.reset().then(() => reloadOn(mock.scenario));
          }}
        >
          <ListItemText primary={t('reset')} secondary={t('resetHelp', { scenario: mock.scenario })} />
        </MenuItem>
        <Divider />
        <ListSubheader>{t('switchTo')}</ListSubheader>
        {mock.scenarios.map((scenario) => (
          <MenuItem
            key={scenario}
            selected={scenario === mock.scenario}
            onClick={() => {
              void mock.switchTo(scenario).then(() => reloadOn(scenario));
            }}
          >
            <ListItemText primary={scenario} secondary={t(`scenarios.${scenario}`)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
