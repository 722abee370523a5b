/** Commands and configuration lines of an article, one per line, each with its own copy button. */
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { CopyLine } from '../../../components/copy-line';

export function CodeLines({ lines }: { lines: string[] }) {
  const { t } = useTranslation('help');
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}>
      {lines.map((line, index) => (
        <li key={`${index}-${line}`}>
          <CopyLine value={line} label={t('center.copyLine', { line })} />
        </li>
      ))}
    </Box>
  );
}
