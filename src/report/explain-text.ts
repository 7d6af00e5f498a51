// `aifactory explain CODE`: what a finding code means, why the check exists and how to fix it, from the registry.
import { FAMILIES, type FindingCode } from "../findings/registry.js";

export function renderExplain(entry: FindingCode): string {
  const family = FAMILIES[entry.family];
  return [
    `${entry.code}: ${entry.severity}; ${family.summary}`,
    "",
    `  ${entry.title}`,
    "",
    ...wrap(entry.help, 100).map((l) => `  ${l}`),
    "",
  ].join("\n");
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
