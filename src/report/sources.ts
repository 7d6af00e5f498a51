// Figures the plan report rests on, each with its named public source (docs/sources.md lists them).

export const HOURS_PER_YEAR = 8760;

/**
 * 10 GW running all year ≈ the yearly electricity use of ~8 million U.S. households
 * ([S] CNBC analysis of EIA data, Sept 2025). DERIVED: 10 GW × 8,760 h = 87.6 TWh; / 8 million = 10,950 kWh
 * per household per year (EIA's own average is of the same order, ~10,500 kWh).
 */
export const HOUSEHOLD_REFERENCE = {
  gw: 10,
  households: 8_000_000,
  source: "[S] CNBC analysis of EIA data (Sept 2025): 10 GW ≈ yearly use of ~8 million U.S. households",
} as const;

/** kWh per U.S. household per year, DERIVED from HOUSEHOLD_REFERENCE (10 GW × 8,760 h / 8 million = 10,950 kWh). */
export const KWH_PER_HOUSEHOLD_YEAR = (HOUSEHOLD_REFERENCE.gw * 1e6 * HOURS_PER_YEAR) / HOUSEHOLD_REFERENCE.households;

export const KWH_PER_HOUSEHOLD_SOURCE =
  "DERIVED: 10 GW × 8,760 h / 8 million households = 10,950 kWh per household-year, from [S] CNBC analysis of EIA data";

/**
 * Default utilisation for yearly energy: 1.0, the facility drawing its full power all year. It is an upper bound and
 * the basis the CNBC/EIA households comparison uses; set a measured load factor with --utilisation.
 */
export const DEFAULT_UTILISATION = 1;

export const UTILISATION_BASIS_DEFAULT =
  "default; full facility power all year, an upper bound and the basis of the CNBC/EIA households comparison";

/** The per-GW tranche rule of the 2025 letter of intent, as the report applies it. */
export const TRANCHES_RULE =
  "one tranche of perGWBillionUSD per whole GW of facility power deployed (floor), capped at ceilingBillionUSD " +
  "(the 2025 letter of intent: up to $100B invested progressively as each GW is deployed)";

/** An equity investment: a fixed amount, not tied to deployment. */
export const EQUITY_RULE = "a fixed equity investment (equityBillionUSD), not tied to deployment: no tranche per GW";

/** GitHub's limit on the body of an issue or pull-request comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Hidden marker that lets CI find and update its one plan comment. */
export const COMMENT_MARKER = "<!-- aifactory-plan -->";
