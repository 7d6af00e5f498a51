// Maps a DocPath to a position in the YAML text. A field points at its key, a value at its node;
// a path that does not exist (a missing field) points at its nearest existing ancestor.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";
import type { DocPath, Finding, SourceLocation } from "../findings/finding.js";

export type LocateTarget = "key" | "value";

/** Where a path sits in the source text; undefined when there is no text (a DSL blueprint). */
/** Where a path sits: its line and column, and its file when that is not the analyzed one (a DSL module's source). */
export type Locator = (
  path: DocPath,
  target?: LocateTarget,
) => { readonly line: number; readonly column: number; readonly file?: string } | undefined;

export const noLocator: Locator = () => undefined;

export function makeLocator(doc: Document, lineCounter: LineCounter): Locator {
  const pos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  return (path, target = "key") => {
    let node = deref(doc.contents);
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const keyStart = rangeStart(pair.key) ?? offset;
        node = deref(pair.value);
        offset = last && target === "value" ? (rangeStart(node) ?? keyStart) : keyStart;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = deref(node.items[segment]);
        const start = rangeStart(item);
        if (start === undefined) break;
        node = item;
        offset = start;
      } else {
        break;
      }
    }
    return pos(offset);
  };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

/** Which end of a path a finding is about: schema findings about a value point at the value. */
export function targetFor(code: string): LocateTarget {
  return /^AIF-S(001|002|005|006|007|008|010|011)$/.test(code) ? "value" : "key";
}

export function locateFinding(finding: Finding, file: string, locate: Locator): Finding {
  if (finding.location) return finding;
  const at = locate(finding.path, targetFor(finding.code));
  if (!at) return finding;
  const location: SourceLocation = { file: at.file ?? file, line: at.line, column: at.column };
  return { ...finding, location };
}
