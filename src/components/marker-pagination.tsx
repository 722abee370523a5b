/** Paging by marker, as the v2.0 APIs page: previous/next links and a page size. */
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** While a page loads, the buttons are off: their markers belong to the page still on screen. */
export interface MarkerPaginationProps {
  pageSize: number;
  onPageSizeChange(size: number): void;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  summary?: string;
}

export function MarkerPagination(props: MarkerPaginationProps) {
  const { t } = useTranslation();
  return (
    <Box
      component="nav"
      aria-label={t('table.pagination')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: 2,
        py: 1,
        borderTop: 1,
        borderColor: 'divider',
        flexWrap: 'wrap',
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }} aria-live="polite">
        {props.summary}
      </Typography>
      <TextField
        select
        size="small"
        label={t('table.pageSize')}
        value={props.pageSize}
        onChange={(event) => props.onPageSizeChange(Number(event.target.value))}
        sx={{ width: 110 }}
      >
        {PAGE_SIZES.map((size) => (
          <MenuItem key={size} value={size}>
            {size}
          </MenuItem>
        ))}
      </TextField>
      <IconButton aria-label={t('table.previousPage')} disabled={!props.hasPrevious} onClick={props.onPrevious}>
        <ChevronLeft />
      </IconButton>
      <IconButton aria-label={t('table.nextPage')} disabled={!props.hasNext} onClick={props.onNext}>
        <ChevronRight />
      </IconButton>
    </Box>
  );
}
