// The registry of finding codes is the one source: every check's code is registered with the same severity, every
// registered code is reported somewhere in src/, the README's table is the registry's, and `explain` covers it all.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAMILIES, FINDING_CODES, findingCode, type FindingFamily } from "../../src/findings/registry.js";
import { SECURITY_RULES } from "../../src/policy/index.js";
import { RULES } from "../../src/rules/index.js";
import { renderExplain } from "../../src/report/explain-text.js";

const ROOT = new URL("../../", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.parentPath.includes("generated"))
    .map((e) => join(e.parentPath, e.name));
}

/** Codes written as string literals in src/, outside the registry itself. */
function codesInSource(): Set<string> {
  const out = new Set<string>();
  for (const file of sourceFiles("src")) {
    if (file.endsWith("findings/registry.ts")) continue;
    for (const m of readFileSync(file, "utf8").matchAll(/"(AIF-[A-Z]+\d{3})"/g)) out.add(m[1]!);
  }
  return out;
}

describe("the registry of finding codes", () => {
  it("has each code once, with its family's prefix, a title that is one sentence and help text", () => {
    const codes = FINDING_CODES.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of FINDING_CODES) {
      expect(c.code.startsWith(FAMILIES[c.family].prefix) && /^\d{3}$/.test(c.code.slice(FAMILIES[c.family].prefix.length)), c.code).toBe(true);
      expect(c.title, c.code).toMatch(/^[A-Z`a-z].*\.$/);
      expect(c.title.includes("\n"), c.code).toBe(false);
      expect(c.help.length, c.code).toBeGreaterThan(30);
      expect(c.help, c.code).not.toMatch(/\.\./);
    }
  });

  it("registers every code a check reports, with the check's severity", () => {
    for (const rule of [...RULES, ...SECURITY_RULES]) {
      expect(findingCode(rule.code).severity, rule.code).toBe(rule.severity);
      expect(findingCode(rule.code).title, rule.code).toBe(rule.description);
    }
    for (const code of codesInSource()) expect(() => findingCode(code), code).not.toThrow();
  });

  it("has no code that nothing reports", () => {
    const used = codesInSource();
    expect(FINDING_CODES.map((c) => c.code).filter((c) => !used.has(c))).toEqual([]);
  });

  it("throws for an unregistered code", () => {
    expect(() => findingCode("AIF-P999")).toThrow(/not registered/);
  });

  it("is the README's table of code families", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = Object.values(FAMILIES).map((f) => `| \`${f.prefix}…\` | ${f.summary} |`);
    const start = readme.indexOf("| code | family |");
    expect(start).toBeGreaterThan(0);
    const rows = readme.slice(start).split("\n").slice(2).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith("|")));
    expect(rows).toEqual(table);
  });

  it("is the list of families in CONTRIBUTING.md", () => {
    const contributing = readFileSync(join(ROOT, "CONTRIBUTING.md"), "utf8");
    for (const family of Object.keys(FAMILIES) as FindingFamily[]) expect(contributing, family).toContain(`\`${FAMILIES[family].prefix}…\``);
  });

  it("explains every code: its title and help", () => {
    for (const c of FINDING_CODES) {
      const text = renderExplain(c);
      expect(text.startsWith(`${c.code}: ${c.severity}`), c.code).toBe(true);
      expect(text.replace(/\s+/g, " "), c.code).toContain(c.help.replace(/\s+/g, " "));
    }
  });
});
