/** One command or configuration line in code type, with a button that copies it. */
import Box from '@mui/material/Box';
import { CopyButton } from './copy-button';

export function CopyLine({ value, label }: { value: string; /** The copy button's accessible name. */ label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
      <Box
        component="code"
        sx={{
          px: 1,
          py: 0.5,
          bgcolor: 'action.hover',
          borderRadius: 1,
          fontSize: 13,
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        {value}
      </Box>
      <CopyButton value={value} label={label} />
    </Box>
  );
}
