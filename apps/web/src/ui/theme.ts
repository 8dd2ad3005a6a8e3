import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Ivory, ink and one muted gold: a maison's boutique, not an arcade. */
export const palette = {
  ivory: '#FAF7F2',
  ink: '#1C1B19',
  gold: '#A8864F',
  hairline: '#E6DFD3',
} as const;

const ink: MantineColorsTuple = [
  '#F4F2EE',
  '#E4E1DA',
  '#C9C5BC',
  '#A9A49A',
  '#8A857B',
  '#6B675F',
  '#4E4B45',
  '#36342F',
  '#1C1B19',
  '#0F0E0D',
];

const gold: MantineColorsTuple = [
  '#FAF5EC',
  '#F1E7D3',
  '#E4D2AE',
  '#D5BB87',
  '#C6A56A',
  '#B89457',
  '#A8864F',
  '#8C6F40',
  '#705832',
  '#544225',
];

/** Quiet tones: a muted garnet for errors, a sage for success. */
const red: MantineColorsTuple = [
  '#FBF0EE',
  '#F2DAD6',
  '#E4B5AE',
  '#D48E84',
  '#C26C60',
  '#B0564A',
  '#9B3B32',
  '#84322A',
  '#6C2922',
  '#541F1A',
];

const green: MantineColorsTuple = [
  '#F0F5F1',
  '#DCE8DF',
  '#BAD2C0',
  '#95BA9F',
  '#76A482',
  '#62926E',
  '#4F7A5A',
  '#42664B',
  '#35523C',
  '#283E2E',
];

export const theme = createTheme({
  primaryColor: 'ink',
  primaryShade: 8,
  colors: { ink, gold, red, green },
  black: palette.ink,
  white: '#FFFFFF',
  fontFamily: "'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI', sans-serif",
  headings: {
    fontFamily: "'Cormorant Garamond', 'EB Garamond', Georgia, 'Times New Roman', serif",
    fontWeight: '500',
    sizes: {
      h1: { fontSize: '2.5rem', lineHeight: '1.15' },
      h2: { fontSize: '1.875rem', lineHeight: '1.2' },
      h3: { fontSize: '1.5rem', lineHeight: '1.25' },
    },
  },
  defaultRadius: 'xs',
  focusRing: 'auto',
  respectReducedMotion: true,
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'xs' } },
    Paper: { defaultProps: { radius: 'xs', withBorder: true } },
    Modal: { defaultProps: { radius: 'xs', centered: true, overlayProps: { backgroundOpacity: 0.35, blur: 2 } } },
    Progress: { defaultProps: { color: 'gold' } },
  },
});

/** Ivory page, ink text, gold focus ring. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {
    '--savoir-gold': palette.gold,
    '--savoir-hairline': palette.hairline,
  },
  light: {
    '--mantine-color-body': palette.ivory,
    '--mantine-color-text': palette.ink,
    '--mantine-color-default-border': palette.hairline,
    '--mantine-color-anchor': palette.ink,
  },
  dark: {},
});
