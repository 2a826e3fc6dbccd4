// Stream parsers for the Engine's own languages: Babbage assembly (ISA.md section 4) and the Analytical
// Engine's cards (CARDS.md, Walker's card syntax).

const MNEMONICS = new Set(
  (
    "LOAD STOR LEA PUSH POP ADD SUB MUL DIV MOD NEG ABS SHL SHR SQRT CMP JMP JZ JNZ JLT JLE JGT JGE JEQ JNE " +
    "JMPR CALL CALLR RET PRINT PRINTC READ READC TRAP HALT NOP"
  ).split(" "),
);
const REGISTERS = new Set(["A", "B", "C", "D", "SP", "FP"]);

export const babbageAssembly = {
  name: "babbage",
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.peek() === ";") {
      stream.skipToEnd();
      return "comment";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return "string";
    if (stream.match(/^'(?:[^'\\]|\\.)*'?/)) return "string";
    if (stream.match(/^\.[A-Za-z]+/)) return "meta"; // directives
    if (stream.match(/^[+-]?\d+/)) return "number";
    if (stream.match(/^[A-Za-z_.][A-Za-z0-9_.]*:/)) return "labelName";
    const word = stream.match(/^[A-Za-z_.][A-Za-z0-9_.]*/);
    if (word) {
      const upper = word[0].toUpperCase();
      if (MNEMONICS.has(upper)) return "keyword";
      if (REGISTERS.has(upper)) return "variableName.special";
      return "variableName";
    }
    stream.next();
    return "punctuation";
  },
  languageData: { commentTokens: { line: ";" } },
};

// Cards: the first letter says the kind (N number, operation + - * /, L V S load and store, C combinatorial,
// A attendant, B bell, H halt, P print, T trace); comments are lines starting with a space or a dot.
export const analyticalEngineCards = {
  name: "cards",
  startState() {
    return { card: null };
  },
  token(stream, state) {
    if (stream.sol()) {
      state.card = null;
      if (stream.match(/^[ .\t]/)) {
        stream.skipToEnd();
        return "comment";
      }
      const kind = stream.next();
      state.card = kind;
      if (kind === "N") return "number";
      if ("+-*/".includes(kind)) return "operator";
      if ("LSVZ".includes(kind)) return "variableName";
      if (kind === "C") return "keyword";
      return "keyword";
    }
    if (stream.eatSpace()) return null;
    if (stream.match(/^[+-]?\d+(\.\d+)?/)) return "number";
    if (stream.match(/^[A-Za-z]+/)) return "atom";
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: "." } },
};
