import { describe, expect, it } from "vitest";
import { resolveFunding, unlockedFundingBillionUSD, wholeGigawatts } from "../../src/model/funding.js";

describe("funding tranches", () => {
  it("unlocks one tranche per whole GW deployed", () => {
    expect(unlockedFundingBillionUSD(999, 10, 100)).toBe(0);
    expect(unlockedFundingBillionUSD(1000, 10, 100)).toBe(10);
    expect(unlockedFundingBillionUSD(9456, 10, 100)).toBe(90);
  });

  it("keeps a gigawatt that float sums land just under", () => {
    expect(wholeGigawatts(0.1 + 0.2 + 999.7 - 1e-10)).toBe(1);
  });

  it("caps at the ceiling", () => {
    expect(unlockedFundingBillionUSD(12_500, 10, 100)).toBe(100);
  });
});

describe("resolveFunding: the rule the blueprint states", () => {
  it("has no funding without a funding section or with rule none: no ceiling on a lab cluster", () => {
    expect(resolveFunding(undefined, 5000)).toBeUndefined();
    expect(resolveFunding({ rule: "none" }, 5000)).toBeUndefined();
  });

  it("unlocks per-GW tranches up to the ceiling, with the blueprint's source", () => {
    expect(resolveFunding({ rule: "per-gw-tranches", perGWBillionUSD: 10, ceilingBillionUSD: 100, source: "[P] letter" }, 2500)).toEqual({
      rule: "per-gw-tranches",
      perGWBillionUSD: 10,
      ceilingBillionUSD: 100,
      source: "[P] letter",
      unlockedBillionUSD: 20,
    });
  });

  it("keeps an equity investment whole, not tied to deployment", () => {
    expect(resolveFunding({ rule: "equity", equityBillionUSD: 30, investor: "NVIDIA", source: "[S] press" }, 10)).toEqual({
      rule: "equity",
      equityBillionUSD: 30,
      investor: "NVIDIA",
      source: "[S] press",
    });
  });
});
