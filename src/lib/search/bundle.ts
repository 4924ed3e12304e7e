/**
 * Which of Pagefind's output files the site ships. Pagefind writes its JS API, its three UIs
 * (Default, Modular, Component), a highlight script, a web worker and a WebAssembly build per
 * language. The site uses the JS API on the main thread (noWorker) with its own UI and highlighter,
 * so the rest would be dead weight and same-origin script gadgets: they are not written.
 */

/** Files the JS API loads: its module, the entry file, the metadata and index chunks. */
const USED = [
  /^pagefind\.js$/,
  /^pagefind-entry\.json$/,
  /^pagefind\.[\w-]+\.pf_meta$/,
  /^(?:index|fragment|filter)\/[^/]+$/,
];

/** The WebAssembly builds named by the entry file's languages (not "unknown" when every page has a language). */
function wasmFiles(entryJson: string): Set<string> {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string }> };
  return new Set(Object.values(entry.languages ?? {}).flatMap((l) => (l.wasm ? [`wasm.${l.wasm}.pagefind`] : [])));
}

/** Pagefind's paths (relative to its bundle folder) that the site ships, in the order given. */
export function shippedSearchFiles(paths: readonly string[], entryJson: string): string[] {
  const wasm = wasmFiles(entryJson);
  return paths.filter((p) => wasm.has(p) || USED.some((re) => re.test(p)));
}
