/**
 * The social image template: what a link to the course shows on social sites and in chat apps
 * (1200 × 630, Open Graph's usual size). Restyle the cards here: colours, sizes and layout are all
 * in this file. The build renders each card to PNG (src/images/render.ts) with the Inter font from
 * npm, since the site's system font stack is different on every machine.
 *
 * A card is an element tree in the shape satori reads (`{ type, props: { style, children } }`):
 * flexbox only, every box with more than one child needs `display: flex`.
 */

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The site's light theme (src/styles/theme.css), as sRGB hex: satori does not read oklch(). */
const COLOURS = {
  page: '#ffffff',
  ink: '#0f172b', // slate-900
  muted: '#45556c', // slate-600
  line: '#cad5e2', // slate-300
  accent: '#432dd7', // indigo-700
};

export interface CardText {
  course: string;
  /** The line above the title: the lesson's part, or nothing on the home card. */
  eyebrow?: string;
  title: string;
  /** The line at the bottom: "Lesson 4 of 9 · about 7 minutes". */
  footer: string;
}

export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    src?: string;
    width?: number;
    height?: number;
    children?: CardChild;
  };
}
type CardChild = string | CardNode | CardNode[];

const box = (style: Record<string, string | number>, children?: CardChild): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** `markSvg` is the site's mark (public/favicon.svg), drawn beside the course name. */
export function cardTree(text: CardText, markSvg: string): CardNode {
  const titleSize = text.title.length > 60 ? 56 : 68;
  const mark: CardNode = {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${base64(markSvg)}`, width: 72, height: 72 },
  };
  // Sizes are set on the outer box only: satori adds padding and borders to a box's width and height.
  return box({ width: '100%', height: '100%', flexDirection: 'column', background: COLOURS.page }, [
    box({ height: 20, background: COLOURS.accent }),
    box(
      {
        flexGrow: 1,
        flexDirection: 'column',
        color: COLOURS.ink,
        fontFamily: 'Inter',
        paddingTop: 56,
        paddingRight: 80,
        paddingBottom: 60,
        paddingLeft: 80,
      },
      [
        box({ alignItems: 'center', gap: 24 }, [mark, box({ fontSize: 38, fontWeight: 700 }, text.course)]),
        box({ flexGrow: 1 }),
        ...(text.eyebrow ? [box({ fontSize: 32, fontWeight: 700, color: COLOURS.accent }, text.eyebrow)] : []),
        box({ marginTop: 16, fontSize: titleSize, fontWeight: 700, lineHeight: 1.12, lineClamp: 3 }, text.title),
        box(
          { marginTop: 40, paddingTop: 24, borderTop: `2px solid ${COLOURS.line}`, fontSize: 28, color: COLOURS.muted },
          text.footer,
        ),
      ],
    ),
  ]);
}
