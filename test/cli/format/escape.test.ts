/**
 * Output safe for its medium: what a cell or a file name holds never reaches a terminal as a control sequence, never
 * breaks a Markdown table open and never becomes a link; JSON keeps the data and escapes what terminals act on.
 */
import path from "node:path";
import { jsonText, markdownText, showControls } from "../../../src/cli/format/escape";
import { ReportSchema } from "../../../src/core";
import { cleanWith } from "../../fixtures/clean";
import { jsonItems, run, useTempDir, writeBytes, writeWorkbook } from "../helpers";
import { attackSheet, excelEncoded, RAW_CONTROL, TERMINAL_ATTACKS } from "../attacks";

describe("showControls", () => {
  it("shows C0 and C1 controls, DEL and bidirectional overrides as escapes, and leaves the rest", () => {
    expect(showControls(TERMINAL_ATTACKS.title)).toBe("\\x1B]0;p2check pwned\\x07");
    expect(showControls(TERMINAL_ATTACKS.overwrite)).toBe("Неизпълнена\\rИзпълнена");
    expect(showControls(TERMINAL_ATTACKS.c1)).toBe("\\x9B2J");
    expect(showControls(TERMINAL_ATTACKS.bidi)).toBe("\\u202EанелнълпзИ");
    expect(showControls("ред\nред\tи\u007F\u2066")).toBe("ред\\nред\\tи\\x7F\\u2066");
    expect(showControls("В процес на изпълнение — 100 % „да“")).toBe("В процес на изпълнение — 100 % „да“");
  });

  it("keeps the characters it is told to", () => {
    expect(showControls("а\r\nб\u001B", "\r\n")).toBe("а\r\nб\\x1B");
  });
});

describe("jsonText", () => {
  it("escapes C1 and bidirectional controls as \\u, which JSON.stringify leaves raw, and keeps the data", () => {
    const data = { message: `${TERMINAL_ATTACKS.c1}${TERMINAL_ATTACKS.bidi}\u2028${TERMINAL_ATTACKS.title}` };
    const json = jsonText(JSON.stringify(data, null, 2));
    expect(json).not.toMatch(RAW_CONTROL);
    expect(json).toContain("\\u009b2J\\u202e");
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("markdownText", () => {
  it("escapes what Markdown and its HTML would read as markup", () => {
    expect(markdownText("a | b * c _d_ [x](y) <hr> <ol><li>1</li></ol> # ~~e~~ &lt; `f` \\")).toBe(
      "a \\| b \\* c \\_d\\_ \\[x\\](y) \\<hr\\> \\<ol\\>\\<li\\>1\\</li\\>\\</ol\\> \\# \\~\\~e\\~\\~ \\&lt; \\`f\\` \\\\",
    );
  });

  it("turns every line break into a space, a lone CR too, so a table row stays one line", () => {
    expect(markdownText("първи\r\nвтори\rтрети\nчетвърти\u2028пети\u0085шести")).toBe("първи втори трети четвърти пети шести");
  });

  it("puts URLs and e-mail addresses in code spans, where no renderer makes them links", () => {
    expect(markdownText("виж https://evil.example/a_b?x=1 и www.example.bg, пиши на m.ivanova@haskovo.government.bg")).toBe(
      "виж `https://evil.example/a_b?x=1` и `www.example.bg,` пиши на `m.ivanova@haskovo.government.bg`",
    );
    expect(markdownText("[натисни](javascript:alert(1))")).toBe("\\[натисни\\](javascript:alert(1))");
  });

  it("shows control characters as escapes, themselves escaped for Markdown", () => {
    expect(markdownText(`Хасково${TERMINAL_ATTACKS.clear}`)).toBe("Хасково\\\\x1B\\[2J");
  });
});

describe("a report whose cells and file name carry terminal control sequences", () => {
  const dir = useTempDir();

  async function attackFiles() {
    const report = await writeWorkbook(dir.path, `отчет${TERMINAL_ATTACKS.clear}.xlsx`, [attackSheet()]);
    const broken = writeBytes(dir.path, `повреден${TERMINAL_ATTACKS.title}.xlsx`, "не е работна книга");
    return { report, broken };
  }

  it.each(["text", "md", "csv"])("prints no raw control character as --format %s, on stdout or stderr", async (format) => {
    const { report, broken } = await attackFiles();
    const { code, stdout, stderr } = await run([report, broken, "--format", format]);
    expect(code).toBe(2);
    // CSV's own lines end in CRLF, as Excel expects; no other CR is left.
    expect(format === "csv" ? stdout.replace(/\r\n/g, "\n") : stdout).not.toMatch(RAW_CONTROL);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr).toContain("повреден\\x1B]0;p2check pwned\\x07.xlsx: ");
  });

  it("shows each attack as visible escapes in the text output", async () => {
    const { report } = await attackFiles();
    const { stdout } = await run([report]);
    expect(stdout).toContain(`Файл: ${path.join(dir.path, "отчет\\x1B[2J.xlsx")} — лист „Отчет 2023“`);
    expect(stdout).toContain("Администрация: Областна администрация Хасково\\x1Bc\\u202EанелнълпзИ · Година: 2023");
    expect(stdout).toContain("    Дирекция АПОФУС\\x1B[2J: цели 1, изпълнени 0 (0 %)\n");
    expect(stdout).toContain("Сумата „по проект\\x1B]0;p2check pwned\\x07\\x9B2J“ не е число");
    expect(stdout).toContain("Статусът „Неизпълнена\\rИзпълнена“ не е от допустимите");
  });

  it("keeps the data as it is in JSON, with every control character escaped", async () => {
    const { report } = await attackFiles();
    const { stdout } = await run([report, "--format", "json"]);
    expect(stdout).not.toMatch(RAW_CONTROL);
    const parsed = ReportSchema.parse(jsonItems(stdout)[0]);
    expect(parsed.file).toBe(report);
    expect(parsed.layout.administration).toBe(`Областна администрация Хасково${TERMINAL_ATTACKS.reset}${TERMINAL_ATTACKS.bidi}`);
  });

  it("keeps the Markdown table whole: a lone CR, HTML and links in a cell stay text in their row", async () => {
    const status = excelEncoded("Изпълнена\r| x | y |\r<hr><ol><li>1</li></ol> http://evil.example/x");
    const file = await writeWorkbook(dir.path, "таблица.xlsx", [cleanWith(1, { status })]);
    const { stdout } = await run([file, "--format", "md"]);
    const rows = stdout.split("\n").filter((line) => line.startsWith("|"));
    expect(rows).toEqual([
      "| Клетка | Тежест | Правило | Съобщение |",
      "|---|---|---|---|",
      "| M9 | грешка | `status.invalid` | Статусът „Изпълнена \\| x \\| y \\| \\<hr\\>\\<ol\\>\\<li\\>1\\</li\\>\\</ol\\> " +
        "`http://evil.example/x`“ не е от допустимите: Изпълнена, Неизпълнена, В процес на изпълнение |",
    ]);
  });
});
