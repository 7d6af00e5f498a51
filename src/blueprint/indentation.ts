// Indentation mistakes in blueprint terms. YAML parsers report a mis-indented key as several errors at the wrong
// place ("Nested mappings are not allowed in compact mappings" at the value before it, "Sequence item without -
// indicator" at column 1); this reads the lines as a person would and names each mistake once, at the key.
export interface IndentationMistake {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
}

/** Singular of each list of the format whose items are named elements. */
const ELEMENTS: Readonly<Record<string, string>> = {
  phases: "phase",
  sites: "site",
  halls: "hall",
  clusters: "cluster",
  pools: "pool",
  tenants: "tenant",
  priorityTiers: "priority tier",
  catalogOverrides: "catalog override",
  taints: "taint",
};

interface KeyLine {
  readonly line: number;
  /** Column of the key (0-based), after any "- ". */
  readonly indent: number;
  readonly key: string;
  /** Whether the key's value follows on later lines (a mapping or list opens). */
  readonly opens: boolean;
  /** Column of the "-" when the line starts a list item. */
  readonly dash?: number;
  readonly value: string;
}

function keyLines(text: string): KeyLine[] {
  const out: KeyLine[] = [];
  let blockScalarIndent: number | undefined;
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (/^\s*(#.*)?$/.test(line)) return;
    const lead = line.search(/\S/);
    if (blockScalarIndent !== undefined) {
      if (lead > blockScalarIndent) return;
      blockScalarIndent = undefined;
    }
    const m = /^(\s*)(- +)?([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*'):(?:\s+(.*?))?\s*$/.exec(line);
    if (m === null) return;
    const dash = m[2] === undefined ? undefined : (m[1] ?? "").length;
    const indent = (m[1] ?? "").length + (m[2] ?? "").length;
    // Without its comment and its anchor: `key: &anchor` opens a mapping or list like `key:`.
    const value = (m[4] ?? "").replace(/(^|\s+)#.*$/, "").replace(/^&\S+\s*/, "");
    if (/^[|>][-+0-9]*$/.test(value)) blockScalarIndent = indent;
    out.push({ line: i + 1, indent, key: m[3]!.replace(/^["']|["']$/g, ""), opens: value === "", ...(dash === undefined ? {} : { dash }), value });
  });
  return out;
}

/** "pool nvl72", from the nearest list item above at a smaller indent and the list key above it. */
function elementAround(lines: readonly KeyLine[], index: number, indent: number): string | undefined {
  for (let j = index; j >= 0; j--) {
    const l = lines[j]!;
    if (l.dash === undefined || l.indent > indent) continue;
    const list = lines.slice(0, j).reverse().find((p) => p.indent < (l.dash ?? 0) + 1 && p.opens);
    const kind = list === undefined ? undefined : ELEMENTS[list.key];
    const name = l.key === "name" ? l.value : lines.slice(j, index + 1).find((k) => k.key === "name" && k.indent === l.indent)?.value;
    if (kind === undefined) return undefined;
    return name === undefined || name === "" ? kind : `${kind} ${name.replace(/^["']|["']$/g, "")}`;
  }
  return undefined;
}

/** Each mis-indented key of the text; none when the indentation is consistent (the parser's error is about something else). */
export function indentationMistakes(text: string): IndentationMistake[] {
  // JSON (and flow-style YAML) carries its structure in braces, not in indentation.
  if (/^\s*[{[]/.test(text.replace(/^(\s*#.*\n)*/, ""))) return [];
  const lines = keyLines(text);
  const out: IndentationMistake[] = [];
  // Indents of the mappings open above the current line, outermost first.
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = lines[i - 1];
    // The nearest level this line falls short of: the fields it most likely belongs with.
    const sibling = open.filter((x) => x > l.indent)[0];
    while (open.length > 0 && open[open.length - 1]! > l.indent) open.pop();
    if (prev !== undefined && l.indent > prev.indent && !prev.opens && l.dash === undefined) {
      const where = elementAround(lines, i - 1, prev.indent);
      const of = where === undefined ? "" : ` of ${where}`;
      out.push({
        line: l.line,
        column: l.indent + 1,
        message: `\`${l.key}\` is indented ${l.indent - prev.indent} column${l.indent - prev.indent === 1 ? "" : "s"} deeper than the other fields${of} (\`${prev.key}\` on line ${prev.line})`,
        fix: `Indent \`${l.key}\` by ${prev.indent} spaces, as \`${prev.key}\` above it.`,
      });
      continue;
    }
    if (prev !== undefined && l.indent < prev.indent && l.dash === undefined && !open.includes(l.indent) && sibling !== undefined) {
      const where = elementAround(lines, i - 1, sibling);
      out.push({
        line: l.line,
        column: l.indent + 1,
        message: `\`${l.key}\` is indented ${l.indent} columns, which lines up with no field above it (the other fields${where === undefined ? "" : ` of ${where}`} are at ${sibling})`,
        fix: `Indent \`${l.key}\` by ${sibling} spaces, as the fields it belongs with.`,
      });
      continue;
    }
    if (open[open.length - 1] !== l.indent) open.push(l.indent);
  }
  return out;
}
