// Small pure helpers shared by the plan builder and the renderers.
import { formatFixed } from "../text/numbers.js";

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** 12345.678 → "12,345.68" with a fixed number of decimals (en-US grouping, locale-independent output). */
export const num = formatFixed;

/** A signed delta: "+12", "-3.5", "0". */
export function signed(value: number, decimals = 0): string {
  const s = num(value, decimals);
  return value > 0 && Number(value.toFixed(decimals)) !== 0 ? `+${s}` : s;
}

/** Power in the unit that reads best: 10000 → "10.00 GW", 812.5 → "812.5 MW", 0.179 → "179.1 kW". */
export function power(mw: number): string {
  const a = Math.abs(mw);
  if (a >= 1000) return `${num(mw / 1000, 2)} GW`;
  if (a >= 1 || a === 0) return `${num(mw, 1)} MW`;
  return `${num(mw * 1000, 1)} kW`;
}

/** Energy in the unit that reads best: 87.6 → "87.60 TWh", 0.0016 → "1.57 GWh" (input in TWh). */
export function energy(twh: number): string {
  const a = Math.abs(twh);
  if (a >= 1 || a === 0) return `${num(twh, 2)} TWh`;
  if (a >= 0.001) return `${num(twh * 1000, 2)} GWh`;
  return `${num(twh * 1e6, 1)} MWh`;
}

/** "1 cluster", "2 clusters". */
export function plural(n: number, word: string): string {
  return `${num(n)} ${word}${n === 1 ? "" : "s"}`;
}

export function percent(value: number): string {
  return `${num(value, 1)}%`;
}

/** "$12.5B". */
export function billions(value: number): string {
  return `$${num(value, value % 1 === 0 ? 0 : 1)}B`;
}

/** A signed power delta in the unit that reads best: "+8.51 GW", "-13.9 MW", "+250.0 kW". */
export function signedPower(mw: number): string {
  const s = power(mw);
  return mw > 0 && !/^0(\.0+)? /.test(s) ? `+${s}` : s;
}
