/** PNG icons drawn from the SVG mark (public/favicon.svg) for the web app manifest and iOS home screens. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIcon } from '../../images/render';

/** Sizes the manifest and iOS ask for; `opaque` ones have no transparent corners (see renderIcon). */
const ICONS = {
  'icon-192': { size: 192, opaque: false },
  'icon-512': { size: 512, opaque: false },
  'icon-maskable-512': { size: 512, opaque: true },
  'apple-touch-icon': { size: 180, opaque: true },
} as const;

export const getStaticPaths = (() =>
  Object.entries(ICONS).map(([icon, spec]) => ({ params: { icon }, props: spec }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number; opaque: boolean }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(props.size, props.opaque)), {
    headers: { 'Content-Type': 'image/png' },
  });
