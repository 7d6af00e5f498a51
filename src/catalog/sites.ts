// Public figures of named AI data-centre sites, each with its source and date: what `aifactory plan` compares a
// blueprint's site with when the site names one (site.publicSite). Sources: docs/sources.md.
import { CHECKED, figure, type Figure } from "./types.js";

export type PublicSiteId =
  | "stargate-abilene"
  | "stargate-shackelford"
  | "stargate-dona-ana"
  | "stargate-midwest"
  | "stargate-lordstown"
  | "stargate-milam"
  | "stargate-michigan";

/** What a site figure measures: the power a campus is planned or designed for, what runs at a date, or its IT power. */
export type SiteFigureBasis = "planned" | "operating" | "it-power";

export interface PublicSiteFigure {
  readonly basis: SiteFigureBasis;
  /** Megawatts. */
  readonly mw: Figure;
  /** When the figure held ("2026-04" for "operating in April 2026"), or when it was announced. */
  readonly date: string;
  readonly note: string;
}

export interface PublicSite {
  readonly id: PublicSiteId;
  readonly name: string;
  readonly operator: string;
  readonly location: string;
  /** Empty when no public power figure was found: a blueprint's size for the site is then illustrative. */
  readonly figures: readonly PublicSiteFigure[];
  readonly notes: readonly string[];
  readonly asOf: string;
}

const EVERTIQ = "[S] evertiq.com, 2025-09-26, on the five further Stargate sites announced in September 2025";
const EPOCH = "[S] Epoch AI, Frontier Data Centers hub (epoch.ai/data/data-centers, CC-BY)";
const NO_FIGURE = `no public power figure found for this site alone; the Stargate sites total about 7 GW planned (${EVERTIQ.slice(4)})`;

export const PUBLIC_SITES: Readonly<Record<PublicSiteId, PublicSite>> = {
  "stargate-abilene": {
    id: "stargate-abilene",
    name: "Stargate Abilene",
    operator: "Oracle / OpenAI",
    location: "Abilene, Texas",
    figures: [
      { basis: "planned", mw: figure(1200, "[S] techstrong.ai on Stargate Abilene: 1.2 GW campus committed, eight buildings"), date: "2025", note: "campus committed, eight buildings" },
      { basis: "operating", mw: figure(300, `${EPOCH}: about 0.3 GW (4 of 8 buildings) operating`), date: "2026-04", note: "4 of 8 buildings operating" },
      { basis: "it-power", mw: figure(590, `${EPOCH}: Stargate Abilene 590 MW IT power (2026 snapshot)`), date: "2026", note: "IT power in Epoch AI's 2026 snapshot" },
    ],
    notes: [
      "first two buildings in operation in September 2025 ([S] techstrong.ai)",
      "a planned 600 MW expansion was dropped in 2026 ([S] techstrong.ai)",
    ],
    asOf: CHECKED,
  },
  "stargate-shackelford": { id: "stargate-shackelford", name: "Stargate Shackelford County", operator: "Stargate partners", location: "Shackelford County, Texas", figures: [], notes: [NO_FIGURE], asOf: CHECKED },
  "stargate-dona-ana": { id: "stargate-dona-ana", name: "Stargate Doña Ana County", operator: "Stargate partners", location: "Doña Ana County, New Mexico", figures: [], notes: [NO_FIGURE], asOf: CHECKED },
  "stargate-midwest": { id: "stargate-midwest", name: "Stargate Midwest site", operator: "Stargate partners", location: "a Midwest site (not named at announcement)", figures: [], notes: [NO_FIGURE], asOf: CHECKED },
  "stargate-lordstown": {
    id: "stargate-lordstown",
    name: "Stargate Lordstown",
    operator: "Stargate partners",
    location: "Lordstown, Ohio",
    figures: [{ basis: "planned", mw: figure(1500, `${EVERTIQ}: "designed to scale to 1.5 GW within 18 months"`), date: "2025-09", note: "designed to scale to 1.5 GW within 18 months" }],
    notes: [],
    asOf: CHECKED,
  },
  "stargate-milam": {
    id: "stargate-milam",
    name: "Stargate Milam County",
    operator: "Stargate partners",
    location: "Milam County, Texas",
    figures: [{ basis: "planned", mw: figure(1500, `${EVERTIQ}: "designed to scale to 1.5 GW within 18 months"`), date: "2025-09", note: "designed to scale to 1.5 GW within 18 months" }],
    notes: [],
    asOf: CHECKED,
  },
  "stargate-michigan": {
    id: "stargate-michigan",
    name: "Stargate Michigan",
    operator: "Stargate partners",
    location: "Michigan",
    figures: [{ basis: "planned", mw: figure(1000, "[S] openai.com/index/stargate-michigan-data-center, as reported: 1 GW"), date: "2026", note: "1 GW, ground broken in 2026" }],
    notes: [],
    asOf: CHECKED,
  },
};

export const PUBLIC_SITE_IDS = Object.keys(PUBLIC_SITES) as PublicSiteId[];
