/**
 * Build-time images: the social cards (template: src/lib/social-card.ts) and the PNG icons drawn
 * from the site's SVG mark. Satori lays a card out and turns its text into outlines with the Inter
 * font from npm, so the image is the same on every machine whatever fonts it has; sharp rasterises
 * the SVG. Rendered PNGs are cached by the SVG they come from (node_modules/.cache), so a second
 * build (the /course/ one in `npm test`) or an unchanged card costs nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import markSvg from '../../public/favicon.svg?raw';
import { CARD_SIZE, cardTree, type CardText } from '../lib/social-card';

const require = createRequire(import.meta.url);
const CACHE = join(process.cwd(), 'node_modules/.cache/lead-and-manage/png');

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** PNG of an SVG, from the cache when the same SVG was rendered before. */
async function rasterise(svg: string, render: (svg: Buffer) => Promise<Buffer>, variant: string): Promise<Buffer> {
  const key = createHash('sha256').update(`${sharp.versions.vips}\n${variant}\n${svg}`).digest('hex');
  const file = join(CACHE, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await render(Buffer.from(svg));
    await mkdir(CACHE, { recursive: true });
    // Written aside, then renamed: two builds at once never read half a file.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, png);
    await rename(temp, file);
    return png;
  }
}

export async function renderCard(text: CardText): Promise<Buffer> {
  const svg = await satori(cardTree(text, markSvg) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: await loadFonts(),
  });
  // A palette PNG: the card's flat colours need no more, and it is a quarter of the size.
  return rasterise(svg, (s) => sharp(s).png({ palette: true, compressionLevel: 9 }).toBuffer(), 'card');
}

/** The mark's own background colour, which fills the corners of the opaque icons. */
const MARK_BACKGROUND = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,6})"/.exec(markSvg)?.[1];

/**
 * The mark at `size` pixels. `opaque` fills the rounded corners with the mark's background: what
 * home screens want (they cut their own shape), and the mark's letters sit inside the safe zone of
 * a maskable icon.
 */
export async function renderIcon(size: number, opaque: boolean): Promise<Buffer> {
  if (opaque && !MARK_BACKGROUND)
    throw new Error('public/favicon.svg: no <rect fill="#…"> to fill the icon corners with');
  return rasterise(
    markSvg,
    (s) => {
      const image = sharp(s, { density: Math.ceil((72 * size) / 32) }).resize(size, size);
      return (opaque ? image.flatten({ background: MARK_BACKGROUND! }) : image).png({ compressionLevel: 9 }).toBuffer();
    },
    `icon ${size} ${opaque ? 'opaque' : 'transparent'}`,
  );
}
