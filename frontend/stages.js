// The stages beside the source (templates/_stages.html): tabs over the panes, and the line map both ways.
// Every line of a stage's text carries data-line, the source line it came from. The line under the
// editor's cursor lights up its lines in every stage (the visible pane scrolls to the first); a click on a
// stage line moves the editor's cursor to its source line, which lights up the rest.

const LINKED = "is-linked";

// Tabs: the pane chosen is the assembly, as Compiler Explorer opens, else the last stage.
export function enhanceStages(root) {
  if (root.dataset.enhanced === "true") return;
  root.dataset.enhanced = "true";
  const tabs = Array.from(root.querySelectorAll("[data-stage-tab]"));
  const list = root.querySelector("[role=tablist]");
  if (!tabs.length || !list) return;
  list.hidden = false;
  root.classList.add("stages-tabbed");
  const remembered = root.closest("[data-workspace]")?.dataset.stage || document.body.dataset.stage;
  const keys = tabs.map((tab) => tab.dataset.stageTab);
  const first = keys.includes(remembered) ? remembered : keys.includes("asm") ? "asm" : keys[keys.length - 1];
  select(root, first);
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(root, tab.dataset.stageTab));
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      const next = tabs[(i + step + tabs.length) % tabs.length];
      select(root, next.dataset.stageTab);
      next.focus();
    });
  });
}

function select(root, key) {
  root.querySelectorAll("[data-stage-tab]").forEach((tab) => {
    const on = tab.dataset.stageTab === key;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
  });
  root.querySelectorAll("[data-stage]").forEach((pane) => {
    pane.hidden = pane.dataset.stage !== key;
  });
  // A new run's panel opens on the stage the student was reading.
  const scope = root.closest("[data-workspace]");
  if (scope) scope.dataset.stage = key;
  else document.body.dataset.stage = key;
  const linked = root.querySelector(`[data-stage="${CSS.escape(key)}"] .${LINKED}`);
  if (linked) reveal(linked);
}

// Lights up, in every stage of `scope`, the lines that came from source line `line` (0: none).
export function highlightStages(scope, line) {
  scope.querySelectorAll(`[data-stage-lines] .${LINKED}`).forEach((el) => el.classList.remove(LINKED));
  if (!line) return;
  const selector = `[data-stage-lines] [data-line="${line}"]`;
  const lines = scope.querySelectorAll(selector);
  lines.forEach((el) => el.classList.add(LINKED));
  for (const pane of scope.querySelectorAll("[data-stage]")) {
    if (pane.hidden) continue;
    const first = pane.querySelector(`[data-line="${line}"]`);
    if (first) reveal(first);
  }
}

// Scrolls the stage's own box (never the page) to show the line. The box is positioned (CSS), so a
// line's offsetTop is measured from the top of the box's content.
function reveal(el) {
  const box = el.closest("pre");
  if (!box) return;
  const top = el.offsetTop;
  if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - el.offsetHeight) {
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}
