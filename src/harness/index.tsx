/** The harness page: the real task pane over an .xlsx opened in the browser, for trying and testing without Excel. */
import { createRoot } from "react-dom/client";
import { Harness } from "./Harness";

const root = document.getElementById("root");
if (root) createRoot(root).render(<Harness />);
