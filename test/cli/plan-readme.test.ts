// The README's plan excerpt is the output of the command it names: it cannot go stale.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../report/helpers.js";
import { runCli } from "./helpers.js";

describe("the README's plan excerpt", () => {
  it("is what the command it names prints, from the destructive changes to the Terraform diff", async () => {
    const readme = readFileSync(`${ROOT}README.md`, "utf8");
    const m = /<!-- readme-plan-excerpt: aifactory (.+?) -->\n```text\n([\s\S]*?)\n```/.exec(readme);
    expect(m, "the excerpt and its command").not.toBeNull();
    const result = await runCli(m![1]!.split(" "));
    expect(result.code).toBe(0);
    const start = result.stdout.indexOf(m![2]!.split("\n")[0]!);
    expect(start).toBeGreaterThan(0);
    expect(result.stdout.slice(start, start + m![2]!.length)).toBe(m![2]);
  });
});
