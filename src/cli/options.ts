/**
 * The command line's options, parsed with Node's parseArgs and checked here (parsed, not trusted). Not with zod: it
 * would be loaded at every start (about 80 ms, a quarter of the time p2check may take on one report) for three lists
 * of choices and three paths.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";

/** The values each choice option takes; the first is the default. */
const CHOICES = {
  format: ["text", "json", "csv", "md"],
  lang: ["bg", "en"],
  "fail-on": ["error", "warning", "never"],
} as const;

type Choice<K extends keyof typeof CHOICES> = (typeof CHOICES)[K][number];

export interface Options {
  format: Choice<"format">;
  lang: Choice<"lang">;
  failOn: Choice<"fail-on">;
  help: boolean;
  /** Where to write the summary workbook; checked against the inputs in summaryTarget.ts. */
  summary?: string;
  /** The plan (Приложение №1) each report is reconciled with. */
  plan?: string;
  /** Where to write the report form made from the plan given as the one path. */
  newReport?: string;
  /** --new-report may replace an existing file. */
  force: boolean;
  paths: string[];
  /** Paths that look like options but exist, taken as files (a file named "--help.xlsx"); main says so. */
  optionLikePaths: string[];
}

export class UsageError extends Error {}

const OPTIONS = {
  format: { type: "string", short: "f" },
  lang: { type: "string", short: "l" },
  "fail-on": { type: "string" },
  help: { type: "boolean", short: "h" },
  summary: { type: "string", short: "s" },
  plan: { type: "string" },
  "new-report": { type: "string" },
  force: { type: "boolean" },
} as const;

export function parseOptions(argv: string[]): Options {
  const { args, pathFor } = existingPathsAsPositionals(argv);
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(parseArgsProblem(error));
  }
  const { values, positionals } = parsed;
  return {
    format: choice("format", values.format),
    lang: choice("lang", values.lang),
    failOn: choice("fail-on", values["fail-on"]),
    help: values.help ?? false,
    summary: aPath("summary", values.summary),
    plan: aPath("plan", values.plan),
    newReport: aPath("new-report", values["new-report"]),
    force: values.force ?? false,
    paths: positionals.map((positional) => pathFor.get(positional) ?? positional),
    optionLikePaths: [...pathFor.values()],
  };
}

/** The option's value if it is one of its choices, its default (the first) if not given. */
function choice<K extends keyof typeof CHOICES>(option: K, given: string | undefined): Choice<K> {
  const allowed: readonly string[] = CHOICES[option];
  if (given === undefined) return allowed[0] as Choice<K>;
  if (allowed.includes(given)) return given as Choice<K>;
  const list = allowed.join(", ");
  throw new UsageError(`--${option}: недопустима стойност „${given}“; допустими са: ${list} / invalid value "${given}"; use one of: ${list}`);
}

function aPath(option: string, given: string | undefined): string | undefined {
  if (given === "") throw new UsageError(`--${option}: a path to an .xlsx file is expected`);
  return given;
}

/**
 * Arguments before `--` that start with "-" but are not one of p2check's options as written (`--help`, `-f`,
 * `--format=csv`), and that exist on disk, are files: each is swapped for a stand-in that parseArgs takes as a
 * positional (it starts with NUL, which no real argument can hold), and mapped back after parsing, in its place.
 */
function existingPathsAsPositionals(argv: string[]): { args: string[]; pathFor: Map<string, string> } {
  const args = [...argv];
  const pathFor = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (isOptionAsWritten(arg)) {
      if (takesNextAsValue(arg)) i++;
      continue;
    }
    if (arg.startsWith("-") && arg !== "-" && existsSync(arg)) {
      const standIn = `\0${i}`;
      args[i] = standIn;
      pathFor.set(standIn, arg);
    }
  }
  return { args, pathFor };
}

function isOptionAsWritten(arg: string): boolean {
  return Object.entries(OPTIONS).some(
    ([name, option]) => arg === `--${name}` || arg.startsWith(`--${name}=`) || ("short" in option && arg === `-${option.short}`),
  );
}

function takesNextAsValue(arg: string): boolean {
  return Object.entries(OPTIONS).some(
    ([name, option]) => option.type === "string" && (arg === `--${name}` || ("short" in option && arg === `-${option.short}`)),
  );
}

/** Node's parseArgs speaks English only; the common mistakes are said in both languages. */
function parseArgsProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  // The message quotes the option: "Unknown option '--xyz'", "Option '-f, --format <value>' argument missing".
  const quoted = /'([^']+)'/.exec(message ?? "")?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `непозната опция ${option} / unknown option ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && message?.includes("ambiguous")) {
    // "-s -обобщение.xlsx": a value that starts with a dash is taken only when written as one argument.
    const long = longName(option);
    return `стойността на ${long} започва с „-“; пишете ${long}=… / the value of ${long} starts with "-"; write ${long}=…`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `опцията ${option} иска стойност / ${option} needs a value`;
  return message ?? String(error);
}

/** "--summary" for "-s"; a long name stays as it is. */
function longName(option: string): string {
  const short = /^-(\w)$/.exec(option)?.[1];
  const long = Object.entries(OPTIONS).find(([, spec]) => "short" in spec && spec.short === short)?.[0];
  return long ? `--${long}` : option;
}

export const USAGE = `Употреба / Usage: p2check [файлове или папки…] [опции]

Проверява .xlsx файлове с Приложение №2 (отчет на ежегодните цели); папките се обхождат рекурсивно.
Без аргументи проверява примерния файл, доставен с програмата. Сред няколко файла сдвоява сам плана и отчета
на една администрация за една година и ги сверява (без --plan).

  -f, --format text|json|csv|md   вид на изхода (по подразбиране text)
  -l, --lang bg|en                език на съобщенията (по подразбиране bg)
      --fail-on error|warning|never
                                  от коя тежест нагоре изходният код е 1 (по подразбиране error)
  -s, --summary ОБОБЩЕНИЕ.xlsx    записва обобщение на всички файлове: по ред за всеки отчет и общо
      --plan ПЛАН.xlsx            сверява всеки отчет с плана (Приложение №1): пропуснати, добавени и променени цели
      --new-report ОТЧЕТ.xlsx ПЛАН.xlsx
                                  записва бланката на отчета, попълнена с целите от плана (--force: върху съществуващ файл)
  -h, --help                      тази помощ
  --                              всичко след -- е файл или папка, дори да започва с -

Изходен код / exit code: 0 — няма забележки над прага; 1 — има; 2 — грешна употреба или нечетим файл или папка;
3 — вътрешна грешка на програмата.`;
