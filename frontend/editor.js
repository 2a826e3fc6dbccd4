// The code editor: CodeMirror 6 over a plain <textarea data-editor>, which stays in the form (hidden) and
// is kept in sync, so the form posts the same field with or without JavaScript.
//
// - Which highlighting a program gets is the page's to say, from compilers.registry (the one list of
//   languages): data-highlight on the textarea names the language's editor mode, and the options of a
//   <select data-editor-language> in the same form carry theirs, so switching the language switches the
//   mode. This file knows only the modes (MODES), never which language uses which.
// - Diagnostics arrive inside the run panel as <script type="application/json" id="run-diagnostics-data-…">
//   (rendered with the page or swapped in over the WebSocket); they become markers at line and column in
//   the editor of the same workspace.

import { EditorState, Compartment } from "@codemirror/state";
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
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

// The page's Content-Security-Policy nonce (templates/base.html): CodeMirror's own <style> carries it.
const cspNonceMeta = document.querySelector('meta[name="csp-nonce"]');
const cspNonce = cspNonceMeta ? cspNonceMeta.content : "";

function enhance(textarea) {
  if (editors.has(textarea)) return;
  const language = new Compartment();
  const readOnly = textarea.hasAttribute("data-readonly");
  const extensions = [
    lineNumbers(),
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
    }),
  ];
  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions }),
  });
  view.dom.classList.add("code-editor");
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
  const select = form && form.querySelector("select[data-editor-language]");
  if (select) {
    select.addEventListener("change", () => {
      textarea.dataset.language = select.value;
      view.dispatch({ effects: language.reconfigure(modeSupport(modeOf(textarea))) });
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
  if (view) view.dispatch(setDiagnostics(view.state, []));
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
