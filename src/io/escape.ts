// The one escaping function for text that comes from outside (file names, paths, refs) on its way to a terminal,
// a pull-request comment (Markdown) or SARIF. C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F: ESC and
// CSI sequences drive terminals), line and paragraph separators, and bidirectional formatting characters (U+202A–
// U+202E, U+2066–U+2069, U+200E/U+200F, U+061C: they reorder what a reviewer sees, "Trojan Source") become visible
// escapes such as \u202E. Newlines and tabs become \n and \t, so a name stays on one line.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same set without newline, tab and ESC: for whole texts that aifactory composed (line layout and colour kept). */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  if (c === "\n") return "\\n";
  if (c === "\t") return "\\t";
  if (c === "\r") return "\\r";
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Escapes what must not reach an output raw. `text: true` keeps newlines, tabs and ESC (the layout and colour of a
 * text aifactory composed); the default escapes them too (a name, a path, a one-line message).
 */
export function escapeUnsafe(value: string, options: { readonly text?: boolean } = {}): string {
  return value.replace(options.text === true ? UNSAFE_IN_TEXT : UNSAFE, visible);
}
