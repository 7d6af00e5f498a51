// `aifactory catalog`: the hardware figures every calculation rests on, each with its source and confidence.
import { Option, type Command } from "commander";
import { SYSTEM_ALIASES, SYSTEM_IDS } from "../../catalog/index.js";
import { resolveSystem } from "../../model/system.js";
import type { ResolvedSystem } from "../../model/types.js";
import { catalogJson, renderCatalog } from "../../report/catalog-text.js";
import { renderValidateText } from "../../report/validate-text.js";
import { analyzeInputs, exitCodeFor } from "../inputs.js";
import type { CommandContext } from "../io.js";

export function registerCatalog(program: Command, ctx: CommandContext): void {
  program
    .command("catalog")
    .description("List the catalog of GPU systems and switches, with each figure's source and confidence.")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--system <id>", "show one system").choices([...SYSTEM_IDS, ...Object.keys(SYSTEM_ALIASES)]))
    .argument("[blueprint]", "show the systems this blueprint uses, with its catalogOverrides applied (marked !)")
    .action(async (blueprint: string | undefined, opts: { format: "text" | "json"; system?: string }) => {
      let systems: readonly ResolvedSystem[] = SYSTEM_IDS.map((id) => resolveSystem(id));
      if (blueprint !== undefined) {
        const analyses = await analyzeInputs([blueprint], { cwd: ctx.io.cwd });
        const model = analyses[0]?.model;
        if (!model) {
          ctx.io.stdout(renderValidateText(analyses, ctx.style));
          ctx.exit(exitCodeFor(analyses));
          return;
        }
        systems = model.systems;
      }
      const wanted = opts.system === undefined ? undefined : opts.system in SYSTEM_ALIASES ? SYSTEM_ALIASES[opts.system as keyof typeof SYSTEM_ALIASES].to : opts.system;
      systems = systems.filter((s) => wanted === undefined || s.id === wanted);
      const all = opts.system === undefined && blueprint === undefined;
      ctx.io.stdout(opts.format === "json" ? `${JSON.stringify(catalogJson(systems, all), null, 2)}\n` : renderCatalog(systems, all, ctx.style));
    });
}
