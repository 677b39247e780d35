import { lookAlikes } from "../../../src/taskpane/model/lookAlikes";

describe("lookAlikes", () => {
  it("marks a Latin e typed into a Cyrillic status, and names it once", () => {
    expect(lookAlikes("Изпълнeна")).toEqual({
      parts: [
        { text: "Изпълн", latin: false },
        { text: "e", latin: true },
        { text: "на", latin: false },
      ],
      letters: ["e"],
    });
  });

  it("names each of several look-alikes once, in the order met, upper and lower case apart", () => {
    expect(lookAlikes("В прoцес нa изпълнeние").letters).toEqual(["o", "a", "e"]);
    expect(lookAlikes("Heизпълнeна").letters).toEqual(["H", "e"]);
  });

  it("leaves Latin words and all-Cyrillic text alone", () => {
    expect(lookAlikes("Изпълнена")).toEqual({ parts: [{ text: "Изпълнена", latin: false }], letters: [] });
    expect(lookAlikes("Done (see note)").letters).toEqual([]);
  });
});
