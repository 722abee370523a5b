/** The header's "?" button: opens the help of the page on screen (see page-help.ts). */
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import IconButton from '@mui/material/IconButton';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { Tooltip } from '../../components/tooltip';
import { helpPath } from '../../lib/help-topics';
import { pageHelpTopic } from './page-help';

export function PageHelpButton() {
  const { t } = useTranslation('help');
  const { pathname, search } = useLocation();
  const label = t('pageHelp');
  return (
    <Tooltip title={label}>
      <IconButton component={RouterLink} to={helpPath(pageHelpTopic(pathname, new URLSearchParams(search)))}>
        <HelpOutlineOutlined />
      </IconButton>
    </Tooltip>
  );
}
