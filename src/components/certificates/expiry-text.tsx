/** "Expires in 24 days" / "Expired 42 days ago", coloured and with an icon past the warning line. */
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { expiryOf } from '../../lib/certificate-expiry';

export function ExpiryText({ expireAt, now }: { expireAt: string | number; now: number }) {
  const { t } = useTranslation('certificates');
  const { state, days } = expiryOf(expireAt, now);
  const text = state === 'expired' ? t('expiry.expired', { count: -days }) : t('expiry.expiresIn', { count: days });
  if (state === 'valid') return <span>{text}</span>;
  const Icon = state === 'expired' ? ErrorOutline : WarningAmber;
  return (
    <Box
      component="span"
      sx={{ color: state === 'expired' ? 'error.main' : 'warning.main', fontWeight: 500, whiteSpace: 'nowrap' }}
    >
      <Icon fontSize="inherit" sx={{ verticalAlign: '-2px', mr: 0.5 }} aria-hidden />
      {text}
    </Box>
  );
}
