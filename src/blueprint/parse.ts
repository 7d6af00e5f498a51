// Step 1 of loading: text → one YAML document with positions → plain JS value.
// JSON is a subset of YAML and goes through the same path.
import { LineCounter, parseDocument, type Document } from "yaml";
import type { Finding, SourceLocation } from "../findings/finding.js";
import { MAX_ALIAS_COUNT, MAX_BLUEPRINT_BYTES, loadErrors } from "./errors.js";
import { indentationMistakes } from "./indentation.js";

export interface ParseOptions {
  /** @default MAX_BLUEPRINT_BYTES (4 MiB) */
  readonly maxBytes?: number;
}

export interface ParsedText {
  /** Present when the text parsed as one YAML document. */
  readonly doc?: Document;
  readonly lineCounter: LineCounter;
  /** The document as plain data, when there were no findings. */
  readonly value?: unknown;
  /** Located findings (parse errors know their offset, not a path). */
  readonly findings: readonly Finding[];
}

export function parseBlueprintText(text: string, file: string, options: ParseOptions = {}): ParsedText {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const fail = (finding: Finding, offset = 0): ParsedText => ({
    lineCounter,
    findings: [{ ...finding, location: at(offset) }],
  });

  const maxBytes = options.maxBytes ?? MAX_BLUEPRINT_BYTES;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) return fail(loadErrors.fileTooLarge(bytes, maxBytes));
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    countLines(lineCounter, text);
    return fail(loadErrors.notText("it contains NUL bytes: binary data?"), nul);
  }

  // yaml breaks lines at LF only: a file whose lines end in CR alone is one line (a comment, if it starts with one).
  if (!text.includes("\n") && text.includes("\r")) return fail(loadErrors.carriageReturnLines());

  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    // !!binary, !!set, !!timestamp… are not blueprint values: leave them unresolved, reported below.
    resolveKnownTags: false,
  });
  const findings: Finding[] = [];
  // Mis-indented keys: one finding each, at the key, in the blueprint's terms, instead of the parser's errors.
  const mistakes = doc.errors.length > 0 ? indentationMistakes(text) : [];
  for (const m of mistakes) findings.push({ ...loadErrors.badIndentation(m.message, m.fix), location: { file, line: m.line, column: m.column } });
  for (const e of mistakes.length > 0 ? [] : doc.errors) {
    const offset = e.pos[0];
    // yaml reports running out of stack on absurd nesting as a parse error; it gets its own message.
    const finding = /Maximum call stack size exceeded/.test(e.message)
      ? loadErrors.nestedTooDeep()
      : e.code === "MULTIPLE_DOCS"
        ? loadErrors.multipleDocuments()
        : e.code === "DUPLICATE_KEY"
          ? loadErrors.duplicateKey(keyAt(text, offset))
          : loadErrors.yamlSyntax(firstSentence(e.message));
    findings.push({ ...finding, location: at(offset) });
  }
  for (const w of doc.warnings) {
    const finding = w.code === "TAG_RESOLVE_FAILED" ? loadErrors.unknownTag(firstSentence(w.message)) : loadErrors.yamlSyntax(firstSentence(w.message));
    findings.push({ ...finding, location: at(w.pos[0]) });
  }
  if (findings.length > 0) return { doc, lineCounter, findings };
  if (doc.contents === null) return fail(loadErrors.emptyDocument(text.length > 0));

  const value = toPlainData(doc);
  if (value === aliasBomb) return { doc, lineCounter, findings: [{ ...loadErrors.tooManyAliases(MAX_ALIAS_COUNT), location: at(0) }] };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const found = Array.isArray(value) ? "a list" : `a single value (${JSON.stringify(value)})`;
    return { doc, lineCounter, findings: [{ ...loadErrors.notAMapping(found), location: at(doc.contents.range?.[0] ?? 0) }] };
  }
  return { doc, lineCounter, value, findings: [] };
}

const aliasBomb = Symbol("alias bomb");

function toPlainData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml reports alias exhaustion only by throwing; that one error is a finding, anything else is a bug.
    if (e instanceof ReferenceError && /alias/i.test(e.message)) return aliasBomb;
    throw e;
  }
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const m = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n,}]+)/.exec(rest);
  return (m?.[1] ?? rest.slice(0, 20)).trim().replace(/^["']|["']$/g, "");
}

function firstSentence(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}

function countLines(lineCounter: LineCounter, text: string): void {
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
}
