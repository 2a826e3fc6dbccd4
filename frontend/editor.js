// The code editor: CodeMirror 6 over a plain <textarea data-editor>, which stays in the form (hidden) and
// is kept in sync, so the form posts the same field with or without JavaScript.
//
// - Which highlighting a program gets is the page's to say, from compilers.registry (the one list of
//   languages): data-highlight on the textarea names the language's editor mode, and the options of a
//   <select data-editor-language> in the same form carry theirs, so switching the language switches the
//   mode. This file knows only the modes (MODES), never which language uses which.
// - Diagnostics arrive inside the run panel as <script type="application/json" id="run-diagnostics-data-…">
//   (rendered with the page or swapped in over the WebSocket); they become markers at line and column in
//   the editor of the same workspace: compile errors at their span, a runtime trap on its line.
// - The Engine time each source line took arrives the same way (id="run-heat-data-…") and colours a
//   gutter beside the line numbers.
// - Ctrl+Enter (Cmd+Enter on a Mac) anywhere in the form presses its Run button ([data-run]).
// - The stages beside the source (stages.js) follow the line under the cursor.
// - A <select data-editor-language data-examples="ID"> switches the program with the language, as
//   Compiler Explorer does: each language keeps what was written in it during the visit, and a language
//   not yet visited opens on its example (the JSON object of examples by language in script#ID).

import { EditorState, Compartment, StateEffect, StateField, RangeSet, Prec } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
  gutter,
  GutterMarker,
  Decoration,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  StreamLanguage,
  syntaxHighlighting,
  defaultHighlightStyle,
  indentOnInput,
  bracketMatching,
  indentUnit,
} from "@codemirror/language";
import { cpp } from "@codemirror/lang-cpp";
import { python } from "@codemirror/lang-python";
import { java } from "@codemirror/lang-java";
import { haskell } from "@codemirror/legacy-modes/mode/haskell";
import { commonLisp } from "@codemirror/legacy-modes/mode/commonlisp";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { babbageAssembly, analyticalEngineCards } from "./modes.js";
import { enhanceStages, highlightStages } from "./stages.js";

// Editor mode (compilers.registry's Language.highlight) -> CodeMirror support. A test checks that every
// mode the registry names is here (ancient_compute/tests/test_languages.py).
const MODES = {
  c: () => cpp(),
  python: () => python(),
  java: () => java(),
  haskell: () => StreamLanguage.define(haskell),
  commonlisp: () => StreamLanguage.define(commonLisp),
  babbage: () => StreamLanguage.define(babbageAssembly),
  cards: () => StreamLanguage.define(analyticalEngineCards),
};

function modeSupport(mode) {
  const make = MODES[mode];
  return make ? make() : [];
}

// The mode of the language the form's select has chosen, else the textarea's own.
function modeOf(textarea) {
  const select = textarea.form && textarea.form.querySelector("select[data-editor-language]");
  const option = select && select.selectedOptions[0];
  return (option && option.dataset.highlight) || textarea.dataset.highlight || "";
}

const editors = new Map(); // textarea -> { view, language: Compartment }

// The Engine-time gutter ----------------------------------------------------------------------------

class HeatMarker extends GutterMarker {
  constructor(heat, title) {
    super();
    this.heat = heat;
    this.title = title;
  }
  eq(other) {
    return other.heat === this.heat && other.title === this.title;
  }
  toDOM() {
    const el = document.createElement("div");
    el.className = `cm-heat cm-heat-${this.heat}`;
    el.title = this.title;
    return el;
  }
}

const setHeat = StateEffect.define();
const heatField = StateField.define({
  create: () => RangeSet.empty,
  update(markers, tr) {
    markers = markers.map(tr.changes);
    for (const effect of tr.effects) if (effect.is(setHeat)) markers = effect.value;
    // An edited program is not the program that was timed.
    if (tr.docChanged) markers = RangeSet.empty;
    return markers;
  },
});

function heatMarkers(doc, heat) {
  const ranges = [];
  for (const [key, row] of Object.entries(heat)) {
    const line = Number(key);
    if (!(line >= 1 && line <= doc.lines) || !row.heat) continue;
    const title = `Line ${line}: ${row.time} of Engine time (${row.percent}%)`;
    ranges.push(new HeatMarker(row.heat, title).range(doc.line(line).from));
  }
  ranges.sort((a, b) => a.from - b.from);
  return RangeSet.of(ranges);
}

const heatGutter = [
  heatField,
  gutter({ class: "cm-heat-gutter", markers: (view) => view.state.field(heatField) }),
];

// The source line a click on a stage's line went to, marked until the cursor moves on or the text changes.
const setLinked = StateEffect.define();
const linkedLine = Decoration.line({ class: "cm-linked-line" });
const linkedField = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setLinked)) return Decoration.set([linkedLine.range(tr.state.doc.line(effect.value).from)]);
    }
    return tr.docChanged || tr.selection ? Decoration.none : decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Ctrl/Cmd+Enter: the form's Run button, as if pressed (htmx then posts it as a click would).
function runForm(form) {
  const button = form && form.querySelector("[data-run]");
  if (!button || button.disabled) return false;
  button.click();
  return true;
}

// The stages of the same workspace follow the line under the cursor.
function scopeOf(element) {
  return element.closest("[data-workspace]") || document;
}

function cursorLine(view) {
  return view.state.doc.lineAt(view.state.selection.main.head).number;
}

// The page's Content-Security-Policy nonce (templates/base.html): CodeMirror's own <style> carries it.
const cspNonceMeta = document.querySelector('meta[name="csp-nonce"]');
const cspNonce = cspNonceMeta ? cspNonceMeta.content : "";

function enhance(textarea) {
  if (editors.has(textarea)) return;
  const language = new Compartment();
  const readOnly = textarea.hasAttribute("data-readonly");
  const extensions = [
    // The editor's own classes are CodeMirror's to manage (it rewrites the class attribute when focus
    // changes): the page's class goes through editorAttributes, so that it stays.
    EditorView.editorAttributes.of({ class: "code-editor" }),
    // Ctrl+Enter everywhere and Cmd+Enter on a Mac (Mod); true even without a Run button, so that the
    // keys never insert a blank line instead.
    Prec.highest(
      keymap.of([
        { key: "Mod-Enter", run: () => runForm(textarea.form) || true },
        { key: "Ctrl-Enter", run: () => runForm(textarea.form) || true },
      ]),
    ),
    lineNumbers(),
    heatGutter,
    linkedField,
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    indentUnit.of("    "),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    // Tab indents inside the editor; Escape then Tab leaves it (CodeMirror's accessible tab handling).
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    lintGutter(),
    language.of(modeSupport(modeOf(textarea))),
    EditorView.contentAttributes.of({ "aria-label": textarea.getAttribute("aria-label") || "Program" }),
    EditorState.readOnly.of(readOnly),
    ...(cspNonce ? [EditorView.cspNonce.of(cspNonce)] : []),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) textarea.value = update.state.doc.toString();
      if (update.docChanged || update.selectionSet) highlightStages(scopeOf(textarea), cursorLine(update.view));
    }),
  ];
  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions }),
  });
  textarea.insertAdjacentElement("afterend", view.dom);
  textarea.hidden = true;
  textarea.dataset.enhanced = "true";
  editors.set(textarea, { view, language });

  // A label for the textarea focuses the editor instead.
  if (textarea.id) {
    document.querySelectorAll(`label[for="${CSS.escape(textarea.id)}"]`).forEach((label) => {
      label.addEventListener("click", (event) => {
        event.preventDefault();
        view.focus();
      });
    });
  }
  const form = textarea.form;
  if (form && !form.dataset.runKey) {
    form.dataset.runKey = "true";
    form.addEventListener("keydown", (event) => {
      // The editor handles its own (its keymap); the other fields of the form here.
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.target.closest(".cm-editor")) return;
      if (runForm(form)) event.preventDefault();
    });
  }
  const select = form && form.querySelector("select[data-editor-language]");
  if (select) {
    const examplesScript = select.dataset.examples && document.getElementById(select.dataset.examples);
    const examples = examplesScript ? JSON.parse(examplesScript.textContent || "{}") : {};
    const written = {}; // language -> the program as last left in it
    let current = select.value;
    select.addEventListener("change", () => {
      written[current] = view.state.doc.toString();
      current = select.value;
      textarea.dataset.language = current;
      const effects = language.reconfigure(modeSupport(modeOf(textarea)));
      const next = readOnly ? undefined : written[current] ?? examples[current];
      if (next === undefined) {
        view.dispatch({ effects });
      } else {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next }, effects });
      }
    });
  }
}

// Diagnostics -------------------------------------------------------------------------------------

function editorFor(element) {
  const scope = element.closest("[data-workspace]") || document;
  for (const textarea of scope.querySelectorAll("textarea[data-editor]")) {
    if (!textarea.hasAttribute("data-readonly") && editors.has(textarea)) return editors.get(textarea).view;
  }
  const any = scope.querySelector("textarea[data-editor]");
  return any && editors.has(any) ? editors.get(any).view : null;
}

function position(doc, line, column) {
  const lineNo = Math.min(Math.max(line || 1, 1), doc.lines);
  const info = doc.line(lineNo);
  return Math.min(info.from + Math.max((column || 1) - 1, 0), info.to);
}

export function toEditorDiagnostics(doc, diagnostics) {
  return diagnostics.map((d) => {
    const from = position(doc, d.line, d.column);
    let to = position(doc, d.end_line || d.line, d.end_column || (d.column || 1) + 1);
    if (to <= from) to = Math.min(from + 1, doc.length);
    const severity = d.severity === "warning" ? "warning" : d.severity === "note" ? "info" : "error";
    return { from, to, severity, message: d.message + (d.code ? ` [${d.code}]` : ""), source: d.code };
  });
}

function showDiagnostics(script) {
  const view = editorFor(script);
  if (!view) return;
  let diagnostics = [];
  try {
    diagnostics = JSON.parse(script.textContent || "[]");
  } catch (error) {
    return;
  }
  view.dispatch(setDiagnostics(view.state, toEditorDiagnostics(view.state.doc, diagnostics)));
}

function clearDiagnostics(panel) {
  const view = editorFor(panel);
  if (view) view.dispatch(setDiagnostics(view.state, []), { effects: setHeat.of(RangeSet.empty) });
}

function showHeat(script) {
  const view = editorFor(script);
  if (!view) return;
  try {
    const heat = JSON.parse(script.textContent || "{}");
    view.dispatch({ effects: setHeat.of(heatMarkers(view.state.doc, heat)) });
  } catch (error) {
    // a malformed map shows no heat
  }
}

function followCursor(root) {
  const view = editorFor(root);
  if (view) highlightStages(scopeOf(root), cursorLine(view));
}

function scan(root) {
  if (!(root instanceof Element)) return;
  root.querySelectorAll("textarea[data-editor]").forEach(enhance);
  if (root.matches("textarea[data-editor]")) enhance(root);
  if (root.matches(".run-panel")) clearDiagnostics(root);
  root.querySelectorAll(".run-panel").forEach(clearDiagnostics);
  const scripts = root.matches('script[id^="run-diagnostics-data-"]')
    ? [root]
    : root.querySelectorAll('script[id^="run-diagnostics-data-"]');
  scripts.forEach(showDiagnostics);
  const heat = root.matches('script[id^="run-heat-data-"]') ? [root] : root.querySelectorAll('script[id^="run-heat-data-"]');
  heat.forEach(showHeat);
  const stages = root.matches("[data-stages]") ? [root] : root.querySelectorAll("[data-stages]");
  stages.forEach((element) => {
    enhanceStages(element);
    followCursor(element);
  });
}

// A click on a stage's line moves the editor's cursor to the source line it came from.
function jumpFromStage(event) {
  const line = event.target.closest("[data-stage-lines] [data-line]");
  if (!line) return;
  const view = editorFor(line);
  if (!view) return;
  const number = Math.min(Number(line.dataset.line), view.state.doc.lines);
  const pos = view.state.doc.line(number).from;
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true, effects: setLinked.of(number) });
}

function jumpToDiagnostic(event) {
  const link = event.target.closest("a[data-line]");
  if (!link) return;
  const view = editorFor(link);
  if (!view) return;
  event.preventDefault();
  const pos = position(view.state.doc, Number(link.dataset.line), Number(link.dataset.column));
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

function start() {
  scan(document.body);
  // Run panels and their parts arrive later (htmx swaps, WebSocket out-of-band swaps).
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan);
  }).observe(document.body, { childList: true, subtree: true });
  document.addEventListener("click", jumpToDiagnostic);
  document.addEventListener("click", jumpFromStage);
}

// A lesson page with several exercises includes the bundle once per workspace: the first copy serves all.
if (!window.AncientComputeEditor) {
  window.AncientComputeEditor = { editors, toEditorDiagnostics };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}
