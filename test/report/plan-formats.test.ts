import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { PLAN_FORMATS } from "../../src/report/index.js";

describe("plan formats", () => {
  it("are the renderers' registry: --help lists exactly its names", async () => {
    let out = "";
    await run(["plan", "--help"], { cwd: process.cwd(), stdout: (s) => void (out += s), stderr: () => undefined });
    const choices = /choices: ([^)]*?), default/.exec(out.replace(/\s+/g, " "))?.[1] ?? "";
    expect(choices.split(", ").map((c) => c.replaceAll('"', ""))).toEqual(Object.keys(PLAN_FORMATS));
  });

  it("write a blueprint that does not load in the one finding layout", async () => {
    let out = "";
    const code = await run(["plan", "test/fixtures/load/invalid-enum.yaml"], { cwd: process.cwd(), stdout: (s) => void (out += s), stderr: () => undefined });
    expect(code).toBe(1);
    expect(out).toMatch(/^ {2}test\/fixtures\/load\/invalid-enum\.yaml:20:20: error AIF-S006 /m);
  });
});
