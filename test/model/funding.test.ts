import { describe, expect, it } from "vitest";
import { unlockedFundingBillionUSD, wholeGigawatts } from "../../src/model/funding.js";

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
