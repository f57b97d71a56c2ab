// Start govuk-frontend's components (served by Concord itself; no CDN).
import { initAll } from "../govuk/govuk-frontend.min.js";
initAll();
