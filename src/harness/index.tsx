/** The harness page: the real task pane over an .xlsx opened in the browser, for trying and testing without Excel. */
import { createRoot } from "react-dom/client";
import { Harness } from "./Harness";
import { openSample } from "./openWorkbook";

const root = document.getElementById("root");
if (root) {
  // The sample starts loading with the page, in the gaps while React first draws: it is what the harness shows first.
  const sample = openSample();
  // Its failure is shown where it is awaited (Harness); this only keeps the browser from calling it unhandled early.
  sample.catch(() => {});
  createRoot(root).render(<Harness sample={sample} />);
}
