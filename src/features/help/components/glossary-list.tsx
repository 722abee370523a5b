/** The glossary (the guide's Basic Concepts): every term of src/lib/glossary.ts with its definition. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { glossaryTerms } from '../../../lib/glossary';

export function GlossaryList() {
  const { t, i18n } = useTranslation('help');
  // The glossary texts are written in parallel: a term without a text yet is left out.
  const terms = glossaryTerms.filter((term) => i18n.exists(`glossary.${term}.name`, { ns: 'help' }));
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(140px, 200px) 1fr' },
        columnGap: 2,
        rowGap: 1,
      }}
    >
      {terms.map((term) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
            {t(`glossary.${term}.name`)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {t(`glossary.${term}.definition`, { defaultValue: '' })}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
