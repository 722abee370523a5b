import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { navigation } from './navigation';

export function SideNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation('nav');
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('mainNavigation')}>
      {navigation.map((section) => (
        <List key={section.label} dense aria-labelledby={`nav-${section.label}`}>
          <ListSubheader component="li" id={`nav-${section.label}`} sx={{ listStyle: 'none' }}>
            {t(section.label)}
          </ListSubheader>
          {section.items.map((item) => {
            const active = pathname === item.to || (!item.end && pathname.startsWith(`${item.to}/`));
            return (
              <ListItem key={item.to} disablePadding>
                <ListItemButton
                  component={NavLink}
                  to={item.to}
                  end={item.end}
                  selected={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={onNavigate}
                >
                  <ListItemIcon sx={{ minWidth: 36 }}>
                    <item.icon fontSize="small" />
                  </ListItemIcon>
                  <ListItemText primary={t(item.label)} />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      ))}
    </nav>
  );
}
