import { landingKey, neighbour } from "../../../src/taskpane/model/place";

const BEFORE = ["status@M8", "status@M9", "status@M10", "progress@N12"];

describe("landingKey: the user's place after a re-check", () => {
  it("stays on the same issue when it is still there", () => {
    expect(landingKey(BEFORE, "status@M9", new Set(BEFORE))).toBe("status@M9");
  });

  it("goes to the next issue still there when a fix made this one go", () => {
    expect(landingKey(BEFORE, "status@M9", new Set(["status@M8", "progress@N12"]))).toBe("progress@N12");
  });

  it("goes back to the nearest one before when nothing after it is left", () => {
    expect(landingKey(BEFORE, "progress@N12", new Set(["status@M8"]))).toBe("status@M8");
  });

  it("has nowhere to go when the list is empty, or the issue was never in it", () => {
    expect(landingKey(BEFORE, "status@M9", new Set())).toBeUndefined();
    expect(landingKey(BEFORE, "goal@B5", new Set(BEFORE))).toBeUndefined();
  });
});

describe("neighbour: next and previous", () => {
  it("steps through the list and stops at its ends", () => {
    expect(neighbour(BEFORE, "status@M9", 1)).toBe("status@M10");
    expect(neighbour(BEFORE, "status@M9", -1)).toBe("status@M8");
    expect(neighbour(BEFORE, "progress@N12", 1)).toBe("progress@N12");
    expect(neighbour(BEFORE, "status@M8", -1)).toBe("status@M8");
  });

  it("starts at the first (next) or the last (previous) when no issue is current, or the current one went", () => {
    expect(neighbour(BEFORE, undefined, 1)).toBe("status@M8");
    expect(neighbour(BEFORE, undefined, -1)).toBe("progress@N12");
    expect(neighbour(BEFORE, "gone@A1", 1)).toBe("status@M8");
    expect(neighbour([], undefined, 1)).toBeUndefined();
  });
});
