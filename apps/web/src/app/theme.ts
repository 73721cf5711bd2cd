import { Badge, createTheme, type MantineColorsTuple } from '@mantine/core';

/** A deep teal-blue: calm and legible for a government audience (white text on shade 7 passes WCAG AA). */
const peerhub: MantineColorsTuple = ['#e7f5f8', '#cfe8ee', '#9dd0dc', '#67b6c8', '#3f9fb6', '#2690aa', '#16809b', '#0a6b85', '#045d74', '#004c60'];

export const theme = createTheme({
  colors: { peerhub },
  primaryColor: 'peerhub',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Sentence-case badges read calmer than Mantine's default capitals.
    Badge: Badge.extend({ defaultProps: { tt: 'none', fw: 600 } }),
  },
});
