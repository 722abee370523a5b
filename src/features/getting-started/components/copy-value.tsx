/** A value the user takes elsewhere (a command, a URL, a hosts-file line), with its copy button. */
import { useTranslation } from 'react-i18next';
import { CopyLine } from '../../../components/copy-line';

export function CopyValue({ value }: { value: string }) {
  const { t } = useTranslation('gettingStarted');
  return <CopyLine value={value} label={t('setup.copy', { value })} />;
}
