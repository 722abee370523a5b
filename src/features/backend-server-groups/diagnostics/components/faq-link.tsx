/**
 * A link to the FAQ article a diagnostic comes from; every help link goes through `helpPath`.
 * From a dialog it opens in a new tab (the dialog stays), and says so to screen readers.
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { visuallyHidden } from '../../../../components/visually-hidden';
import { helpPath, type FaqTopic } from '../../../../lib/help-topics';

export function FaqLink({ topic, label, newTab = false }: { topic: FaqTopic; label: string; newTab?: boolean }) {
  const { t } = useTranslation('help');
  return (
    <Link
      component={RouterLink}
      to={helpPath(topic)}
      {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
      sx={{ justifySelf: 'start' }}
    >
      {label}
      {newTab ? (
        <>
          {' '}
          <Box component="span" sx={visuallyHidden}>
            {t('newTab')}
          </Box>
        </>
      ) : null}
    </Link>
  );
}
