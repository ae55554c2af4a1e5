import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// Dark teal; the primary shade (7) has 7.7:1 contrast on white, shade 6 has 5.9:1 (WCAG AA ≥ 4.5).
const rehaTeal: MantineColorsTuple = [
  '#e3f4f4',
  '#c4e6e7',
  '#95d0d3',
  '#5fb5ba',
  '#2f9aa1',
  '#12838b',
  '#0b6f77',
  '#0a5c63',
  '#084a50',
  '#05363b',
];

export const theme = createTheme({
  primaryColor: 'reha',
  primaryShade: 7,
  colors: { reha: rehaTeal },
  autoContrast: true,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
});

// Mantine's dimmed text (gray 6) has 3.3:1 contrast on white; gray 7 has 8.2:1. Its error text
// (red 6) has 3.3:1; red 9 has 5.4:1 (WCAG AA ≥ 4.5 for the messages under form fields).
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolvedTheme.colors.gray[7],
    '--mantine-color-error': resolvedTheme.colors.red[9],
  },
  dark: {},
});
