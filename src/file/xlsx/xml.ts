/**
 * Streaming XML with saxes, for the parts of an .xlsx: element names without their namespace prefix (some writers
 * prefix the spreadsheet namespace, e.g. <x:c>), attributes as plain strings, text in pieces. saxes expands no
 * DTD entities and fetches nothing, so a hostile part can neither grow nor reach out.
 */
import { SaxesParser } from "saxes";

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * A part is decoded and parsed a piece at a time: a 3.5 MB sheet never becomes one 3.5 MB string beside its bytes
 * (saxes keeps no more of the text than the element it is in).
 */
const PIECE_BYTES = 64 * 1024;

export function parseXml(bytes: Uint8Array, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (error) => {
    throw error;
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (node) => open(localName(node.name), node.attributes as Record<string, string>));
  }
  if (handlers.text) parser.on("text", handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (node) => close(localName(node.name)));
  }
  const decoder = new TextDecoder("utf-8"); // in streaming mode, a character cut between two pieces is kept for the next
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
    parser.write(decoder.decode(bytes.subarray(at, at + PIECE_BYTES), { stream: true }));
  }
  parser.write(decoder.decode()).close();
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute whose name may carry a prefix (r:id, and whatever prefix the writer chose). */
export function attributeNamed(attributes: Record<string, string>, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  for (const [name, value] of Object.entries(attributes)) if (localName(name) === local) return value;
  return undefined;
}
