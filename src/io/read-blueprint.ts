// A blueprint file as UTF-8 text, through the one bounded reader; each problem is an AIF-IO finding located at the file.
import { isUtf8 } from "node:buffer";
import { isAbsolute, resolve } from "node:path";
import { MAX_BLUEPRINT_BYTES, loadErrors } from "../blueprint/errors.js";
import type { Finding } from "../findings/finding.js";
import { readBoundedFile, type ReadProblem } from "./read-file.js";

export interface ReadBlueprintOptions {
  /** @default MAX_BLUEPRINT_BYTES (4 MiB) */
  readonly maxBytes?: number;
  /** Directory a relative `file` is read from. @default process.cwd() */
  readonly cwd?: string;
  /** How findings name the file. @default `file` as given */
  readonly display?: string;
}

export function readProblemFinding(file: string, problem: ReadProblem): Finding {
  switch (problem.kind) {
    case "not-found":
      return loadErrors.fileNotFound(file);
    case "directory":
      return loadErrors.cannotRead(file, "it is a directory");
    case "not-regular":
      return loadErrors.notRegularFile(file, problem.what);
    case "too-large":
      return problem.bytes === undefined
        ? loadErrors.fileTooLarge(problem.limit + 1, problem.limit, true)
        : loadErrors.fileTooLarge(problem.bytes, problem.limit);
    case "unreadable":
      return loadErrors.cannotRead(file, problem.reason);
  }
}

/** Reads a blueprint file as UTF-8 text (a leading BOM dropped). */
export async function readBlueprintText(file: string, options: ReadBlueprintOptions = {}): Promise<{ text: string } | { finding: Finding }> {
  const full = isAbsolute(file) ? file : resolve(options.cwd ?? process.cwd(), file);
  const shown = options.display ?? file;
  const at = (finding: Finding) => ({ finding: { ...finding, location: { file: shown, line: 1, column: 1 } } });
  const read = await readBoundedFile(full, { maxBytes: options.maxBytes ?? MAX_BLUEPRINT_BYTES });
  if ("problem" in read) return at(readProblemFinding(shown, read.problem));
  const bytes = read.bytes;
  if (bytes.includes(0)) return at(loadErrors.notText("it contains NUL bytes: binary data?"));
  if (!isUtf8(bytes)) return at(loadErrors.notText("invalid UTF-8 byte sequence"));
  const text = bytes.toString("utf8");
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
