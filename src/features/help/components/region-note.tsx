/** Region and AZ: the region this console works in, and why it matters (FEATURES §1.9). */
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { apiSession } from '../../../api/session';

export function RegionNote() {
  const { t } = useTranslation('overview');
  const { region, config } = apiSession();
  const name = config.regions.find((candidate) => candidate.id === region)?.name ?? region;
  return <Alert severity="info">{t('region.current', { region: name })}</Alert>;
}
