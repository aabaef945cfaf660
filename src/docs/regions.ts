/**
 * Generated regions of hand-written pages. A region is everything between a
 * `<!-- begin generated: NAME -->` and an `<!-- end generated: NAME -->`
 * comment, each a block of its own; `npm run docs` rewrites what lies between
 * them and leaves the rest of the page as it is.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

/** A page's region markers that cannot be read, or name a region no renderer knows. */
export class RegionError extends Error {
  override name = 'RegionError';
}

const MARKER = /^<!--\s*(begin|end) generated:\s*([\w-]+)(?:\s+\([^)]*\))?\s*-->$/;

/** One marker comment: which region, whether it opens or closes it, and where it stands in the page. */
interface Marker {
  readonly kind: 'begin' | 'end';
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** The marker comments of a page, in order: HTML blocks at the top level only, so code that shows one is not taken. */
function markersOf(text: string): Marker[] {
  return fromMarkdown(text).children.flatMap((node): Marker[] => {
    if (node.type !== 'html') return [];
    const match = MARKER.exec(node.value.trim());
    if (match === null) return [];
    return [{ kind: match[1] as Marker['kind'], name: match[2], start: node.position!.start.offset!, end: node.position!.end.offset! }];
  });
}

/**
 * The page with each region's content replaced by what `render` gives for its
 * name. Throws {@link RegionError} for a region without its end, an end
 * without its beginning, nested regions and names `render` does not know.
 */
export async function fillRegions(text: string, page: string, render: (name: string) => Promise<string> | string | undefined): Promise<string> {
  const markers = markersOf(text);
  let out = '';
  let done = 0;
  for (let i = 0; i < markers.length; i += 2) {
    const [begin, end] = [markers[i], markers[i + 1]];
    if (begin.kind !== 'begin') throw new RegionError(`${page}: '${begin.name}' ends a generated region that did not begin; add <!-- begin generated: ${begin.name} --> before it`);
    if (end === undefined || end.kind !== 'end' || end.name !== begin.name) {
      throw new RegionError(`${page}: the generated region '${begin.name}' needs <!-- end generated: ${begin.name} --> before any other region marker`);
    }
    const content = await render(begin.name);
    if (content === undefined) throw new RegionError(`${page}: no generated region is called '${begin.name}'; the names are those src/docs/pages.ts lists`);
    out += `${text.slice(done, begin.end)}\n\n${content.replace(/\n+$/, '')}\n\n`;
    done = end.start;
  }
  return out + text.slice(done);
}
