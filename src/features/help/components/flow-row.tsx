/** A left-to-right chain of boxes joined by arrows, read by assistive technology as an ordered list. */
import ArrowForward from '@mui/icons-material/ArrowForward';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Fragment } from 'react';

export interface FlowNode {
  id: string;
  title: string;
  detail?: string;
}

export function FlowRow({ label, nodes }: { label: string; nodes: FlowNode[] }) {
  return (
    <Box
      component="ol"
      aria-label={label}
      sx={{
        listStyle: 'none',
        m: 0,
        p: 0,
        display: 'flex',
        flexDirection: { xs: 'column', sm: 'row' },
        alignItems: 'stretch',
        gap: 1,
      }}
    >
      {nodes.map((node, index) => (
        <Fragment key={node.id}>
          {index > 0 ? (
            <Box
              aria-hidden
              sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', color: 'text.secondary' }}
            >
              {/* Across on wide screens, down when the boxes stack. */}
              <ArrowForward fontSize="small" sx={{ transform: { xs: 'rotate(90deg)', sm: 'none' } }} />
            </Box>
          ) : null}
          <Box
            component="li"
            sx={{
              flex: '1 1 0',
              minWidth: 0,
              border: 1,
              borderColor: 'primary.main',
              borderRadius: 1,
              px: 1.25,
              py: 1,
              bgcolor: 'background.paper',
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {node.title}
            </Typography>
            {node.detail ? (
              <Typography variant="caption" color="text.secondary" component="p">
                {node.detail}
              </Typography>
            ) : null}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}
