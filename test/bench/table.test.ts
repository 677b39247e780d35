import { benchmarksFile, sectionBlock, sectionsIn } from "../../bench/lib/markdown";
import type { Machine } from "../../bench/lib/machine";
import { goalTable, markdownTable, type Section } from "../../bench/lib/table";

const machine: Machine = { cpu: "Test CPU", cores: 2, memoryGiB: 23.5, node: "v20.0.0", os: "Linux", load: 0.5 };

function section(key: string, measured: string): Section {
  return { key, title: key, method: "how", rows: [{ what: "speed", goal: "≥ 1", measured, met: true }] };
}

describe("the benchmark tables", () => {
  it("pads columns, aligns numbers right and escapes pipes", () => {
    expect(markdownTable(["what", "n"], [["a|b", "1"], ["long text", "12345"]], ["l", "r"])).toBe(
      ["| what      |     n |", "|-----------|------:|", "| a\\|b      |     1 |", "| long text | 12345 |"].join("\n"),
    );
  });

  it("marks a missed goal in bold and leaves the mark empty where there is no goal", () => {
    const table = goalTable([
      { what: "a", goal: "≤ 3×", measured: "5×", met: false },
      { what: "b", goal: "", measured: "1 ms" },
    ]);
    expect(table).toContain("| **no** |");
    expect(table.split("\n")[3]).toMatch(/\| b +\| +\| +1 ms \| +\|$/);
  });

  it("replaces only the sections measured now and keeps the others in order", () => {
    const old = benchmarksFile({
      intro: "# B",
      order: ["core", "cli"],
      measured: new Map([
        ["core", sectionBlock(section("core", "old core"), machine, "then")],
        ["cli", sectionBlock(section("cli", "old cli"), machine, "then")],
      ]),
      previous: "",
    });
    const updated = benchmarksFile({
      intro: "# B",
      order: ["core", "cli"],
      measured: new Map([["cli", sectionBlock(section("cli", "new cli"), machine, "now")]]),
      previous: old,
    });
    expect(updated).toContain("old core");
    expect(updated).toContain("new cli");
    expect(updated).not.toContain("old cli");
    expect([...sectionsIn(updated).keys()]).toEqual(["core", "cli"]);
    expect(updated.indexOf("old core")).toBeLessThan(updated.indexOf("new cli"));
    expect(updated).toContain("2 cores (Test CPU), 23.5 GiB memory, Node v20.0.0");
  });
});
