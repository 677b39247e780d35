import { attributeNamed, parseXml } from "../../../src/file/xlsx/xml";

/** Every open, text and close, texts joined between two tags (saxes may give one text in pieces). */
function events(xml: string | Uint8Array): string[] {
  const seen: string[] = [];
  let text = "";
  const flush = () => {
    if (text) seen.push(`text ${text}`);
    text = "";
  };
  parseXml(typeof xml === "string" ? new TextEncoder().encode(xml) : xml, {
    open: (name, attributes) => (flush(), seen.push(`open ${name} ${JSON.stringify(attributes)}`)),
    text: (piece) => (text += piece),
    close: (name) => (flush(), seen.push(`close ${name}`)),
  });
  return seen;
}

describe("parseXml", () => {
  it("gives names without their prefix, attributes as written and text with its entities read", () => {
    expect(events('<x:sst xmlns:x="urn:x"><x:si><x:t xml:space="preserve">Цел &amp; &#1040;</x:t></x:si></x:sst>')).toEqual([
      'open sst {"xmlns:x":"urn:x"}',
      "open si {}",
      'open t {"xml:space":"preserve"}',
      "text Цел & А",
      "close t",
      "close si",
      "close sst",
    ]);
  });

  it("reads a part larger than one piece, with a Cyrillic letter cut between two pieces and a tag across the next", () => {
    const PIECE = 64 * 1024;
    const head = "<sst><si><t>"; // 12 bytes, then two-byte letters: „Ц“ takes the last byte of the first piece and the first of the next
    const first = `${"ж".repeat((PIECE - head.length - 2) / 2)}xЦ`;
    const second = "а".repeat((PIECE - 2 - "</t></si><si><t>".length) / 2 - 3);
    const xml = `${head}${first}</t></si><si><t>${second}</t></si><si a="б"><t>край</t></si></sst>`;
    const bytes = new TextEncoder().encode(xml);
    expect(bytes[PIECE - 1]).toBe(0xd0); // the first byte of „Ц“ ends the first piece
    expect(new TextDecoder().decode(bytes.subarray(2 * PIECE - 3, 2 * PIECE + 3))).toMatch(/<\/t>|<\/si>/); // a tag astride
    const texts = events(bytes).filter((event) => event.startsWith("text "));
    expect(texts).toEqual([`text ${first}`, `text ${second}`, "text край"]);
  });

  it("reads a CRLF astride two pieces as one line break, as XML does", () => {
    const head = "<sst><si><t>";
    const before = "а".repeat((64 * 1024 - head.length - 2) / 2) + "x"; // the \r is the last byte of the first piece
    const bytes = new TextEncoder().encode(`${head}${before}\r\nред</t></si></sst>`);
    expect(bytes[64 * 1024 - 1]).toBe(0x0d);
    expect(events(bytes).filter((event) => event.startsWith("text "))).toEqual([`text ${before}\nред`]);
  });

  it("refuses XML that is not well formed, saying where", () => {
    expect(() => events("<sst><si></sst>")).toThrow(/1:\d+: unexpected close tag/);
    expect(() => events("")).toThrow(/root element/);
  });

  it("finds an attribute by its local name, whatever its prefix", () => {
    expect(attributeNamed({ "r:id": "rId3" }, "id")).toBe("rId3");
    expect(attributeNamed({ id: "rId1", "r:id": "rId3" }, "id")).toBe("rId1");
    expect(attributeNamed({ name: "Отчет" }, "id")).toBeUndefined();
  });
});
