"""The Java front-end's stages on their own: the lexer's literals and escapes, the parser's recovery, and
a clear diagnostic (never a crash) for every construct outside the subset. Whole programs, checked against
java, are in compilers/tests/java/ (test_programs.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from compilers.diagnostics import DiagnosticBag
from compilers.frontends.java.lexer import lex, literal_value
from compilers.tests.harness import Expectations, compile_errors, front_end, run_interpreter
from compilers.tests.harness.oracles import Outcome


def _tokens(source: str) -> tuple[list[tuple[str, str]], DiagnosticBag]:
    diags = DiagnosticBag()
    return [(t.kind, t.text) for t in lex(source, "Main.java", diags)], diags


def _errors(source: str) -> list[tuple[int, int, str]]:
    module, diags = front_end("java", source, "Main.java")
    assert module is None
    return compile_errors(diags)


def test_unicode_escapes_are_translated_before_lexing() -> None:
    # JLS 3.3: \u0041 is 'A' anywhere, even in an identifier; \\u0041 (an escaped backslash) is not one.
    tokens, diags = _tokens('int \\u0041b = 1; String s = "\\\\u0041";')
    assert not diags.has_errors
    assert ("ident", "Ab") in tokens
    assert ("string", '"\\\\u0041"') in tokens


def test_char_and_string_escapes() -> None:
    diags = DiagnosticBag()
    tokens = lex("'\\n' '\\'' '\\101' \"a\\tb\\\"c\\\\\" '\\s'", "Main.java", diags)
    assert not diags.has_errors
    assert [literal_value(t) for t in tokens[:-1]] == ["\n", "'", "A", 'a\tb"c\\', " "]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ('"abc', "unclosed string literal"),
        ("'ab'", "unclosed character literal"),
        ("''", "empty character literal"),
        ('"\\q"', "illegal escape character"),
        ("#", "illegal character"),
        ("/* never closed", "unterminated comment"),
    ],
)
def test_lexical_errors_name_what_is_wrong(source: str, message: str) -> None:
    _, diags = _tokens(source)
    assert [d.message for d in diags.items if message in d.message], diags.items


def test_long_and_hex_literals() -> None:
    # javac: 0xFFFFFFFF is the int -1; 2147483648 is too large for an int but not after a minus sign.
    program = """public class Main {
    public static void main(String[] args) {
        int a = 0xFFFFFFFF;
        int b = -2147483648;
        long c = 0x7FFFFFFFFFFFFFFFL;
    }
}
"""
    module, diags = front_end("java", program, "Main.java")
    assert module is not None, diags.items


def test_the_parser_recovers_and_reports_every_statement_error() -> None:
    program = """public class Main {
    public static void main(String[] args) {
        int a = 1
        int b = 2;
        int c = ;
        System.out.println(a + b);
    }
}
"""
    errors = _errors(program)
    assert (3, 18, "';' expected") in errors
    assert any(line == 5 and "illegal start of expression" in m for line, _, m in errors)


@pytest.mark.parametrize(
    ("snippet", "fragment"),
    [
        ("void f() { double d = Math.random(); }", "Math.random() is not supported"),
        ("void f() { Object c = String.class; }", "String.class is outside this Java subset"),
        ("void f() { long t = System.currentTimeMillis(); }", "the Engine has no clock"),
        ('void f() { String h = System.getenv("HOME"); }', "System.getenv() is not supported"),
        ("void f() throws Exception { Thread.sleep(10); }", "Thread is not supported"),
        ("void f() { Object o = new OutOfMemoryError(); }", "OutOfMemoryError is not supported"),
        ("static class M implements Cloneable { }", "Cloneable is not supported"),
        ("<T extends Comparable<T> & Cloneable> void f(T x) { }", "intersection bounds are not supported"),
        (
            "void f() { try { g(); } catch (IllegalStateException e) { e.printStackTrace(); } }\n"
            "    void g() { }",
            "printStackTrace() is not supported",
        ),
        (
            "void f(RuntimeException e) { int n = e.getStackTrace().length; }",
            "getStackTrace() is not supported",
        ),
        (
            'void f(String s) { switch (s) { case "r" + 1.5: break; } }',
            "a case label joining a double or float to a String is not supported",
        ),
        (  # met inside a try, after a call that may throw to its catch
            "void f(int[] a) { try { g(); System.out.println(a); } catch (RuntimeException e) { } }\n"
            "    void g() { }",
            "the string form of an array (its identity hash) is not supported",
        ),
    ],
)
def test_constructs_outside_the_subset_are_diagnostics(snippet: str, fragment: str) -> None:
    program = "public class Main {\n    " + snippet + "\n    public static void main(String[] a) { }\n}\n"
    errors = _errors(program)
    assert any(fragment in message for _, _, message in errors), errors
    assert not any("internal error" in message for _, _, message in errors), errors
    assert all(line >= 1 and column >= 1 for line, column, _ in errors)


def test_a_program_without_main_in_its_first_or_public_class_is_a_diagnostic() -> None:
    program = "class Helper { }\npublic class Main { void run() { } }\n"
    errors = _errors(program)
    assert errors and errors[0][:2] == (1, 1) and "public static void main" in errors[0][2]


HELPERS_FIRST = """class Account {
    private int balance;

    void withdraw(int amount) {
        if (amount > balance) {
            throw new IllegalStateException("only " + balance);
        }
        balance -= amount;
    }
}

interface Greeter {
    String greet(String name);
}

public class Main {
    static class Inner {
    }

    public static void main(String[] args) {
        Greeter g = n -> "hello " + n;
        System.out.println(g.greet("bob") + " " + new Inner().getClass().getName());
        new Account().withdraw(5);
    }
}
"""


def javac_and_ours(tmp_path: Path, source: str) -> tuple[subprocess.CompletedProcess[str], Outcome]:
    """The program compiled by javac and run by `java Main`, and run here by the IR interpreter."""
    (tmp_path / "Main.java").write_text(source, encoding="utf-8")
    subprocess.run(["javac", "-d", str(tmp_path), str(tmp_path / "Main.java")], check=True, timeout=120)
    java = subprocess.run(["java", "-cp", str(tmp_path), "Main"], capture_output=True, text=True, timeout=60)
    module, diags = front_end("java", source, "Main.java")
    assert module is not None, diags.render(source)
    return java, run_interpreter(module, Expectations(), "java")


def test_helpers_first_then_the_public_class_runs_as_javac_and_java_run_it(tmp_path: Path) -> None:
    # `java Main.java` refuses this file (its first class has no main); `javac` and `java Main` run the
    # public class, as the compiler does here: the output and the stack trace are java's.
    java, outcome = javac_and_ours(tmp_path, HELPERS_FIRST)
    assert outcome.output == java.stdout
    assert (
        java.returncode == 1
        and "\tat Account.withdraw(Main.java:6)\n\tat Main.main(Main.java:23)" in java.stderr
    )
    assert "at Account.withdraw(Main.java:6)" in outcome.message
    assert "at Main.main(Main.java:23)" in outcome.message


CLASS_CASTS = """import java.util.*;

public class Main {
    static class A {}
    static class B extends A {}
    enum Suit { HEARTS, SPADES }

    static void attempt(String what, Object o) {
        try {
            switch (what) {
                case "String" -> System.out.println((String) o);
                case "Integer" -> System.out.println((Integer) o);
                case "B" -> System.out.println((B) o);
                case "int[]" -> System.out.println(((int[]) o).length);
                case "Comparable" -> System.out.println(((Comparable<?>) o) + " is comparable");
                default -> System.out.println(((List<?>) o).size());
            }
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("String", 1);
        attempt("Integer", "one");
        attempt("String", new A());
        attempt("B", new A());
        attempt("B", new int[1]);
        attempt("int[]", new B());
        attempt("B", "text");
        attempt("Comparable", new A());
        attempt("Comparable", "text");
        attempt("Comparable", Suit.SPADES);
        attempt("Comparable", 4.5);
        attempt("List", new HashMap<String, Integer>());
        TreeSet<A> set = new TreeSet<>();
        try {
            set.add(new A());
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
"""


def test_class_cast_messages_name_each_class_and_its_module_as_java_does(tmp_path: Path) -> None:
    # A program's class is in the unnamed module of `javac` and `java Main`'s loader 'app'; the source
    # launcher's loader is named with its identity hash, which changes from run to run (README), so the
    # reference here is javac and java Main. Library classes and arrays are java.base's.
    java, outcome = javac_and_ours(tmp_path, CLASS_CASTS)
    assert java.returncode == 0 and "loader 'app'" in java.stdout
    assert outcome.output == java.stdout


def test_an_enum_constants_hash_is_its_names_hash_in_every_run() -> None:
    # java's is the identity hash, which changes from run to run (README: where the output may differ);
    # here a constant hashes as its name does, so a HashSet of constants has one order. The expected
    # numbers are String.hashCode of "RED" and "GREEN" (s[0]*31^(n-1) + ... + s[n-1], worked in Python).
    source = (
        "public class Main {\n    enum Color { RED, GREEN }\n"
        "    public static void main(String[] a) {\n"
        "        Object o = Color.GREEN;\n"
        '        System.out.println(Color.RED.hashCode() + " " + o.hashCode());\n    }\n}\n'
    )

    def java_hash(text: str) -> int:
        h = 0
        for ch in text:
            h = (31 * h + ord(ch)) & 0xFFFFFFFF
        return h - (1 << 32) if h >= 1 << 31 else h

    module, diags = front_end("java", source, "Main.java")
    assert module is not None, diags.render(source)
    outcome = run_interpreter(module, Expectations(), "java")
    assert outcome.output == f"{java_hash('RED')} {java_hash('GREEN')}\n"


def test_an_enums_value_of_frame_names_its_class_as_java_does(tmp_path: Path) -> None:
    # java's trace: java.base's Enum.valueOf (the library's frame, which differs: README), then
    # `at Main$Rank.valueOf(Main.java:2)` and main's frame; checked against java's own stderr here.
    source = (
        "public class Main {\n    enum Rank { TEN, JACK }\n\n    public static void main(String[] args) {\n"
        '        System.out.println(Rank.valueOf("Queen"));\n    }\n}\n'
    )
    (tmp_path / "Main.java").write_text(source, encoding="utf-8")
    java = subprocess.run(["java", str(tmp_path / "Main.java")], capture_output=True, text=True, timeout=60)
    frames = [line for line in java.stderr.splitlines() if line.startswith("\tat Main")]
    assert frames == ["\tat Main$Rank.valueOf(Main.java:2)", "\tat Main.main(Main.java:5)"]
    module, diags = front_end("java", source, "Main.java")
    assert module is not None, diags.render(source)
    outcome = run_interpreter(module, Expectations(), "java")
    assert [line for line in outcome.message.splitlines() if line.startswith("\tat Main")] == frames


def test_the_library_code_is_the_same_in_every_program() -> None:
    # Its prepared form then serves every program of a process (compilers/driver.py's _prepare): the
    # interface methods' itable indexes, its lambdas' classes, its arrays' kinds and its frames' texts
    # do not depend on the program's own classes, interfaces and lambdas.
    from compilers.ir.printer import print_function

    lists = "import java.util.*;\npublic class Main { public static void main(String[] a) {\n%s\n} }\n"
    sort = 'List<String> xs = new ArrayList<>(List.of("b", "a"));\n'
    sort += "Collections.sort(xs); System.out.println(xs);"
    one = lists % sort
    two = (
        "import java.util.*;\nimport java.util.function.*;\n"
        "interface Shape { double area(); int sides(); }\n"
        "public class Main { record Sq(double s) implements Shape, Comparable<Sq> {\n"
        "  public double area() { return s * s; } public int sides() { return 4; }\n"
        "  public int compareTo(Sq o) { return Double.compare(s, o.s); } }\n"
        "  public static void main(String[] a) { Function<Integer, int[]> f = n -> new int[n];\n"
        "    Shape[] shapes = { new Sq(2) }; Map<String, Integer> m = new TreeMap<>();\n"
        '    m.merge("k", 1, Integer::sum); System.out.println(f.apply(2).length + " " + m + shapes[0]);\n'
        f"    {sort} }} }}\n"
    )
    texts = []
    for source in (one, two):
        module, diags = front_end("java", source, "Main.java")
        assert module is not None, compile_errors(diags)
        texts.append({fn.name: print_function(fn) for fn in module.functions})
    shared = [n for n in texts[0] if n in texts[1] and n.split(".")[0] not in ("Main", "main", "java")]
    assert len(shared) > 100
    assert [n for n in shared if texts[0][n] != texts[1][n]] == []


def test_a_text_block_opened_on_a_line_with_text_is_javacs_error() -> None:
    # javac's caret is after the delimiter, where the line terminator should be; the rest is skipped.
    source = 'public class Main {\n    String s = """text""";\n'
    errors = _errors(source + "    public static void main(String[] a) { }\n}\n")
    assert errors == [(2, 19, "illegal text block open delimiter sequence, missing line terminator")]
