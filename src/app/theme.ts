/** Light and dark themes from one definition; the user's choice is kept by MUI's color-scheme storage. */
import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1f5fbf' },
        secondary: { main: '#5b6b82' },
        // Darker than MUI's defaults so status text (chips, links) keeps 4.5:1 even on
        // a selected row's tint (WCAG 1.4.3).
        error: { main: '#b3261e' },
        warning: { main: '#a14a00' },
        info: { main: '#0b63a8' },
        success: { main: '#1e6b2a' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#7aa7ff' },
        secondary: { main: '#a9b6c8' },
        background: { default: '#0f141b', paper: '#171e28' },
      },
    },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.5rem', fontWeight: 600 },
    h2: { fontSize: '1.2rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
});
