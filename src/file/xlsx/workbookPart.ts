/**
 * The workbook part: its sheets in tab order (name, visibility, where each sheet's XML is) and the 1904 date flag.
 * The workbook's own path comes from the package relationships, as Excel finds it.
 */
import { UnreadableWorkbookError } from "../errors";
import { attributeNamed, parseXml } from "./xml";
import type { ZipParts } from "./zip";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** The sheet's part in the zip; chart sheets and missing targets have none. */
  path?: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStringsPath?: string;
  stylesPath?: string;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

export function readWorkbookPart(zip: ZipParts): WorkbookPart {
  const workbookPath = officeDocumentPath(zip) ?? "xl/workbook.xml";
  const bytes = zip.read(workbookPath);
  if (!bytes) throw new UnreadableWorkbookError(hasAnyWorkbook(zip) ? "file.empty" : "file.notWorkbook");
  const relations = relationsOf(zip, workbookPath);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(bytes, {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = isTrue(attributes.date1904);
      if (name !== "sheet") return;
      const relation = relations.get(attributeNamed(attributes, "id") ?? "");
      sheets.push({
        name: attributes.name ?? "",
        state: stateOf(attributes.state),
        path: relation && WORKSHEET.test(relation.type) ? relation.target : undefined,
      });
    },
  });
  const byType = (type: RegExp) => [...relations.values()].find((relation) => type.test(relation.type))?.target;
  return { sheets, date1904, sharedStringsPath: byType(/\/sharedStrings$/), stylesPath: byType(/\/styles$/) };
}

function hasAnyWorkbook(zip: ZipParts): boolean {
  return [...zip.names].some((name) => /^xl\/workbook\d*\.xml$/.test(name));
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function stateOf(value: string | undefined): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

function officeDocumentPath(zip: ZipParts): string | undefined {
  for (const relation of relationsOf(zip, "").values()) if (OFFICE_DOCUMENT.test(relation.type)) return relation.target;
  return undefined;
}

interface Relation {
  type: string;
  /** The target as a path inside the zip. */
  target: string;
}

/** The relationships of a part (`_rels/<name>.rels` beside it), targets resolved to zip paths. */
function relationsOf(zip: ZipParts, partPath: string): Map<string, Relation> {
  const folder = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
  const file = partPath.slice(folder.length);
  const bytes = zip.read(`${folder}_rels/${file}.rels`);
  const relations = new Map<string, Relation>();
  if (!bytes) return relations;
  parseXml(bytes, {
    open(name, attributes) {
      if (name !== "Relationship" || attributes.TargetMode === "External") return;
      const { Id: id, Type: type, Target: target } = attributes;
      if (id && type && target) relations.set(id, { type, target: resolvePath(folder, target) });
    },
  });
  return relations;
}

/** A relationship target ("worksheets/sheet1.xml", "/xl/styles.xml", "../x.xml") as a zip path. */
function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return resolved.join("/");
}
