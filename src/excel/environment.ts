/**
 * Where the pane runs and how it should look: the one module that uses @microsoft/office-js-helpers.
 *
 * The helpers are an old UMD bundle. Their getters read `window` and Office's internals directly, so outside a
 * browser (tests, a server-side build) `Utilities.host` throws a ReferenceError and `Utilities.log` throws half-way
 * through, leaving a console group open; each use below is guarded. Their typings name an old @types/office-js
 * (0.0.51, nested in their own node_modules) in a `/// <reference>` that is not at the top of the file, so
 * TypeScript ignores it and the project's own @types/office-js stays the only one.
 */
import { HostType, Utilities } from "@microsoft/office-js-helpers";
import type { Lang } from "../core/i18n/format";
import { HostError } from "../host/hostError";
import { officeContext } from "./officeContext";

export interface OfficeEnvironment {
  /** "EXCEL" inside Excel, "WEB" in a plain browser (the harness), "" when it cannot be told. */
  host: string;
  /** "PC", "MAC", "OFFICE_ONLINE", "IOS"; "" outside Office. */
  platform: string;
  inExcel: boolean;
}

export function officeEnvironment(): OfficeEnvironment {
  const host = guarded(() => Utilities.host) ?? "";
  const platform = guarded(() => Utilities.platform) ?? "";
  return { host, platform, inExcel: host === HostType.EXCEL };
}

/** For the console only (no telemetry): Excel's debug info for Office errors, the key and detail for ours. */
export function logError(error: unknown): void {
  const loggable = error instanceof HostError ? `${error.key}${error.detail ? `: ${error.detail}` : ""}` : error;
  if (typeof window === "undefined") {
    console.error(loggable);
    return;
  }
  Utilities.log(loggable instanceof Error || typeof loggable === "string" ? loggable : String(loggable));
}

/**
 * Bulgarian when Office speaks Bulgarian; English for every other display language (a German Office gets English,
 * as its user more likely reads English than Bulgarian). Bulgarian where Office cannot say: the reports are.
 */
export function displayLang(): Lang {
  const language = guarded(() => officeContext()?.displayLanguage);
  if (typeof language !== "string" || language === "") return "bg";
  return language.toLowerCase().startsWith("bg") ? "bg" : "en";
}

/** Dark when Office's theme paints the pane's background dark; false when Office gives no theme. */
export function prefersDark(): boolean {
  const background = guarded(() => officeContext()?.officeTheme?.bodyBackgroundColor);
  const luminance = typeof background === "string" ? relativeLuminance(background) : undefined;
  // Below 0.179 white text contrasts better than black (WCAG): the background counts as dark.
  return luminance !== undefined && luminance < 0.179;
}

/** WCAG relative luminance of "#RRGGBB" or "#RGB"; undefined for anything else. */
export function relativeLuminance(color: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((at) => linear(parseInt(full.slice(at, at + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function linear(channel: number): number {
  return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

function guarded<T>(read: () => T): T | undefined {
  try {
    return read() ?? undefined;
  } catch {
    return undefined;
  }
}
