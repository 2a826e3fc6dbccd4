"""What each diagnostic code, each trap of the Engine and each way a run can end means, and what to do next.

Keyed by the codes the compilers report (see inventory.py, which finds them in the compilers' source),
the trap names of babbage.result.TRAPS, the numbers of compilers.driver.TRAP_MESSAGES (TRAP n raised by
the runtime) and the final statuses of a run. The explainer fills in the program's own facts (the line,
the name, the outputs); the text here is the general part. A next step may differ by language: `by_language`
holds those, keyed by the registry's language keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Advice:
    title: str
    cause: str  # why this happens, in the Engine's or the compiler's terms
    next_step: str
    by_language: dict[str, str] = field(default_factory=dict)  # a next step that depends on the language

    def step_for(self, language: str) -> str:
        return self.by_language.get(language, self.next_step)


_DECLARE = {
    "c": "Declare it before this line (`int total = 0;`), or include the header that declares it "
    "(`#include <stdio.h>` for printf).",
    "java": "Declare it before this line (`int total = 0;`), or import the class (`import java.util.*;`).",
    "python": "Assign it before this line (`total = 0`), or import the module that defines it.",
    "lisp": "Bind it with `let` or `defvar`, or define the function with `defun` before it is called.",
    "systemf": "Bind it with `let` or a lambda's parameter above this line, or define it at the top.",
}

DIAGNOSTICS: dict[str, Advice] = {
    "syntax": Advice(
        "The compiler could not read this line",
        "The text does not follow the language's grammar here: something is missing, extra, or misspelt "
        "just before the marked column.",
        "Look at the marked column and at the end of the line before it: a missing `;`, `)` or `}` is the "
        "usual cause.",
        {
            "python": "Look at the marked column and the line before it: a missing `:` after `if`/`def`/"
            "`for`, or a bracket never closed, is the usual cause.",
            "lisp": "Count the parentheses of this form: every `(` needs its `)`.",
            "systemf": "Check the form of the term here: `\\x:T. e`, `/\\X. e`, `e [T]`, `let x = e in e`.",
        },
    ),
    "indentation": Advice(
        "The indentation does not match",
        "Python reads blocks by their indentation: this line is indented differently from the block it "
        "belongs to.",
        "Indent every line of one block by the same number of spaces (4 is usual), and never mix tabs and "
        "spaces.",
    ),
    "undeclared": Advice(
        "A name is used before it is declared",
        "The compiler found no declaration of this name in scope at this line.",
        "Check the spelling against the declaration, then declare it before this line.",
        _DECLARE,
    ),
    "undefined": Advice(
        "A function is called that the program never defines",
        "The program calls a function by a name that no part of the program, nor the runtime, defines: "
        "the linker cannot join the call to any cards.",
        "Define the function, or correct the name of the call to one that exists.",
        _DECLARE,
    ),
    "type_mismatch": Advice(
        "A value has the wrong type here",
        "The checker worked out the type of this expression and it is not the type this place needs.",
        "Convert the value explicitly, or change the declaration so that the two types agree.",
        {
            "c": "Cast the value (`(int)x`) or change the variable's declared type so that both agree.",
            "systemf": "Compare the function's parameter type with the argument's: apply a type "
            "(`f [Nat]`) or change the annotation `\\x:T.` so that they agree.",
        },
    ),
    "type": Advice(
        "The types do not agree here",
        "Java checks every expression's type when it compiles: this one is not the type this place needs.",
        "Read the required and found types in the message, then convert the value or change the declaration.",
    ),
    "arguments": Advice(
        "A call passes the wrong number of arguments",
        "The function or built-in named here takes a different number of arguments from the call.",
        "Pass exactly the arguments the function's definition lists.",
    ),
    "duplicate": Advice(
        "A name is declared twice",
        "Two declarations in one scope use the same name, so the compiler cannot tell which one is meant.",
        "Rename one of them, or delete the second declaration.",
    ),
    "redefinition": Advice(
        "A name is defined twice",
        "C allows one definition of a name in one scope; this is a second one.",
        "Rename one of them, or keep one definition and make the other a declaration.",
    ),
    "redefined": Advice(
        "A name is defined twice",
        "Two top-level definitions use the same name.",
        "Rename one of them, or delete the second definition.",
    ),
    "unsupported": Advice(
        "This construct is outside the subset the Engine's compiler takes",
        "The language allows it, but this compiler does not translate it to cards (yet).",
        "Write the same thing with the constructs the language's page lists as supported.",
    ),
    "no_main": Advice(
        "There is no main method",
        "A Java program starts at `public static void main(String[] args)`; the program has none.",
        "Add `public static void main(String[] args) { ... }` to the program's class.",
    ),
    "pattern": Advice(
        "A pattern can never match",
        "An earlier alternative of this `case` already matches every value this one would.",
        "Put the more specific alternatives first, or delete the unreachable one.",
    ),
    "fix": Advice(
        "A note about recursion",
        "System F has no general recursion: a recursive definition is given through `fix`, which the "
        "checker notes here.",
        "Make sure each recursive call works on a smaller argument, so that it terminates.",
    ),
    "preprocessor": Advice(
        "The preprocessor stopped the compile",
        "An `#error` directive (or a bad directive) was reached by the preprocessor.",
        "Read the directive's message; check the `#if`/`#ifdef` around it.",
    ),
    "lisp": Advice(
        "The compiler cannot accept this form",
        "The form is not one this LISP compiles: a special form with the wrong shape, or a function used "
        "with the wrong number of arguments.",
        "Compare the form with the examples in the lesson (`(defun name (args) body)`, `(let ((x 1)) ...)`).",
    ),
    "assembly": Advice(
        "The assembler could not read this line",
        "Each line of Babbage assembly is one instruction, a label or a directive; this one is not.",
        "Check the mnemonic and its operands against the Engine's instruction table (ISA.md): registers A "
        "to D, Store addresses, labels that exist.",
    ),
    "cards": Advice(
        "A card of the deck is malformed",
        "The Engine reads one card per line: an operation card (+ - × ÷), a variable card (L, Z, S with a "
        "column) or a combinatorial card (CF/CB with a count); this line is none of those.",
        "Correct the card's letter and its number; columns run from 0 to the Store's last column.",
    ),
    "malformed_card": Advice(
        "A card of the deck is malformed",
        "This line is not an operation, variable, number or combinatorial card the Engine can read.",
        "Correct the card's letter and its number.",
    ),
    "out_of_range": Advice(
        "A card names a column or a count the Engine does not have",
        "The Store has a fixed number of columns and the stepping apparatus moves a limited number of "
        "cards: the number on this card is outside them.",
        "Use a column within the Store and a step count the apparatus can make.",
    ),
    "store": Advice(
        "The program does not fit in the Store",
        "Its static data (and heap) need more columns than the Store has.",
        "Make the program's arrays and strings smaller, or run with a larger Store.",
    ),
    "limit": Advice(
        "The program is too large or too deep to compile",
        "One stage of the compile needed more memory, time or depth of nesting than a compile is allowed "
        "(compilers/depth.py: brackets nested 2,000 deep, 10,000 operators in a row).",
        "Make the program smaller or shallower: fewer or shorter functions, smaller constant data, a long "
        "expression split with variables, deep nesting written as a loop or a function.",
    ),
    "encoding": Advice(
        "The file is not UTF-8 text",
        "The compiler reads programs as UTF-8; this byte cannot begin a UTF-8 character, so the file was "
        "saved in another encoding (Latin-1 or Windows-1252, most often).",
        "Save the file as UTF-8 in the editor (a byte-order mark is allowed), or remove the character.",
    ),
    "implicit_int": Advice(
        "A declaration without a type",
        "C89 let a declaration leave out its type and meant `int` (`main()`, `static x = 3;`); C99 dropped "
        "that rule, so gcc warns and still reads it as `int`, and so does this compiler.",
        "Write the type: `int main(void)`, `static int x = 3;`.",
    ),
    "null_character": Advice(
        "A NUL character in the program",
        "The text holds a character 0, usually from a file damaged or saved in UTF-16; as gcc does, the "
        "compiler ignores it outside a literal and keeps it as the character 0 inside one.",
        "Remove it: it is invisible in most editors, so retype the marked line.",
    ),
    "syntax_warning": Advice(
        "A line that runs, but likely not as meant",
        "CPython warns when it compiles an expression that is legal but almost always a slip: `is` with a "
        "literal compares identity, not value (`x is 5`); a literal followed by brackets or parentheses "
        '(`[1, 2] (3)`) is usually a missing comma between two items; `assert (test, "message")` asserts '
        "a tuple, which is always true. The program runs as written.",
        'Use `==` or `!=` to compare values, add the missing comma, or write `assert test, "message"` '
        "without the parentheses.",
    ),
    "internal": Advice(
        "The compiler failed",
        "This is a fault in the compiler, not in your program.",
        "Report it with the program; meanwhile, rewriting the line the compile stopped near may avoid it.",
    ),
    "no_instance": Advice(
        "No instance of the class for this type",
        "A function used here needs its type to belong to a class (`Show`, `Num`, `Eq`, ...), and the "
        "type the checker found has no instance of it.",
        "Use a value of a type the class covers, add `deriving (Show, Eq)` to your data type, or write the "
        "`instance` yourself.",
    ),
    "ambiguous": Advice(
        "The type here cannot be decided",
        "A class constraint mentions a type that nothing in the program fixes, so the checker cannot "
        "choose which instance to use (`show (read s)` could be any type).",
        "Add a type annotation at this expression (`(read s :: Int)`) or a signature to the definition.",
    ),
    "redeclared": Advice(
        "This name is defined twice",
        "Two declarations at the top of the module give the same name, so a use of it would be ambiguous.",
        "Rename one of them, or merge the equations of one function so that they stand together.",
    ),
    "no_implementation": Advice(
        "No implementation of the interface for this type",
        "A function used here needs its type to implement an interface (`Show`, `Num`, `Eq`, ...), and "
        "the type the checker found has no implementation of it.",
        "Write an `implementation` of the interface for your type, or use a value of a type that has one.",
    ),
    "coverage": Advice(
        "A case is missing",
        "The checker split the function's inputs by their constructors and found inputs that no clause "
        "matches; the message names the first missing pattern.",
        "Add a clause for the missing pattern, or an `impossible` clause if its type has no values.",
    ),
    "totality": Advice(
        "The checker cannot see that this function ends",
        "A `total` function must stop on every input: each recursive call needs an argument that is a "
        "strict part of what its clause matched, and every function it calls must be total too.",
        "Recurse on a smaller part of the input (`k` from `S k`, `xs` from `x :: xs`), or mark the function "
        "`partial` if it really may run forever.",
    ),
    "erased": Advice(
        "An erased argument is used at run time",
        "This argument has quantity 0 (or is only a type), so it is erased before the program runs; a value "
        "computed from it would not exist on the Engine.",
        "Bind the argument with an explicit quantity (`{n : Nat}` without `0`), or compute the value from "
        "an argument that is kept.",
    ),
    "hole": Advice(
        "A hole is left to fill",
        "The program has a hole (`?name`): the checker shows the type the missing expression must have and "
        "the names in scope there, instead of running the program.",
        "Write an expression of the goal's type in place of the hole, using the names the context lists.",
    ),
    "definite": Advice(
        "A variable may be read before it is set, or a final one set twice",
        "Following every path the program can take to this line (each branch of an `if`, a loop that may "
        "run no times, a `catch` entered part-way through its `try`), the compiler found one on which the "
        "variable has no value yet, or on which a `final` variable has already been given one.",
        "Give the variable a value on every path before this line (or where it is declared), or assign "
        "the `final` variable exactly once on each path.",
    ),
    "unreachable": Advice(
        "This statement can never run",
        "Every path to this line ends first: a `return`, `throw`, `break` or `continue` just before it, or "
        "a loop whose condition is always true and that has no `break`. Java rejects such a statement "
        "rather than silently ignoring it.",
        "Delete the statement, or move it before the statement that ends the path.",
    ),
    "missing_return": Advice(
        "The method can reach its end without returning a value",
        "The method declares a result type, and some path through it (an `if` without an `else`, a loop "
        "that may finish, a `switch` without a `default`) ends at the closing brace with no `return`.",
        "Return a value on that path too, for example with a final `return` before the closing brace, or "
        "`throw` an exception where no value makes sense.",
    ),
    "unavailable": Advice(
        "This language's compiler is not available",
        "Its compiler is still being built, so programs in it cannot run yet.",
        "Choose a language the playground offers as runnable.",
    ),
    "unknown_language": Advice(
        "The language is not one the Engine knows",
        "The run named a language that the registry has no record of.",
        "Choose one of the languages offered.",
    ),
}

# The Engine's traps, by babbage.result.TRAPS name.
TRAPS: dict[str, Advice] = {
    "overflow": Advice(
        "A number grew past the Mill's fifty digits",
        "Each column of the Store and each register holds a number of at most fifty decimal digits; an "
        "operation of the Mill produced a larger one, and the Engine stopped rather than lose digits.",
        "Find the value that grows without bound (a factorial, a power, a sum that never resets) and keep "
        "it smaller, or reduce it (modulo) as you go.",
    ),
    "division_by_zero": Advice(
        "A division by zero",
        "The Mill was asked to divide by a column holding 0.",
        "Check the divisor before dividing (`if (n != 0)`), and look at where it is set to 0.",
        {
            "python": "Check the divisor before `/`, `//` or `%` (`if n != 0:`), and look at where it is "
            "set to 0.",
            "lisp": "Check the divisor with `(zerop n)` before `/`, `floor` or `mod`.",
        },
    ),
    "domain": Advice(
        "An operation outside its domain",
        "The Mill was asked for something with no answer: a square root of a negative number, or a "
        "character code that is not a character.",
        "Check the value before the operation; print it just before this line to see it.",
    ),
    "store_out_of_range": Advice(
        "An address outside the Store",
        "An instruction read or wrote a column beyond the Store's last one (or below 0): an index past "
        "the end of an array, or a pointer that was never set.",
        "Check the index against the array's length, and that every pointer is set before use.",
    ),
    "stack_overflow": Advice(
        "The stack ran into the program's data",
        "Each call pushes a frame on the stack, which grows down towards the heap and the static data; "
        "this call would have overwritten them. Usually a recursion that never reaches its base case.",
        "Check the recursion's base case and that each call moves towards it; or write it as a loop.",
    ),
    "bad_jump": Advice(
        "A jump to a card outside the deck",
        "A jump's target is not a card of the chain, so the Engine cannot move the cards there.",
        "Check the label or the computed target of the jump.",
    ),
    "end_of_chain": Advice(
        "The card chain fell on the floor",
        "The Engine ran past the last card without a HALT, or (in a deck of the Engine's own cards) a "
        "combinatorial card moved the chain before the first card or past the last one.",
        "End the program with HALT, or jump back before the end of the deck.",
        {
            "cards": "Check the combinatorial card's distance: CF n at card k moves to card k + 1 + n and "
            "CB n to card k + 1 - n, and both must be cards of the deck (comment cards count unless they "
            "are dropped).",
        },
    ),
    "bad_input": Advice(
        "The input is not a number",
        "The program read a number from the input and found another character where the number starts.",
        "Give input in the form the program reads, or read it as text and check it.",
    ),
    "trap": Advice(
        "The runtime stopped the program",
        "A routine of the runtime found the program cannot go on and stopped the Engine with TRAP.",
        "Read the trap's number and its cause below.",
    ),
    "budget_exhausted": Advice(
        "The instruction budget is used up",
        "A run may execute a fixed number of instructions; this one used them all before HALT. Usually a "
        "loop whose condition never becomes false, or a recursion that never stops.",
        "Look at the loop around the line named: does the variable in its condition change on every pass, "
        "towards the end?",
    ),
    "output_limit": Advice(
        "The program printed more than a run may print",
        "The Engine's printer stops at the run's output limit. A print inside an endless loop is the "
        "usual cause.",
        "Print less (outside the loop, or only the result), and check that the loop ends.",
    ),
}

# TRAP n, raised by the runtime's routines (compilers/runtime/README.md), by compilers.driver.TRAP_MESSAGES.
TRAP_NUMBERS: dict[int, Advice] = {
    1: Advice(
        "The heap is exhausted",
        "The program asked for more memory (objects, lists, strings, closures) than the heap has, even "
        "after the collector freed what was no longer used.",
        "Keep fewer objects alive at once: a list that grows forever, or a recursion that builds a new "
        "structure on each call, is the usual cause.",
        {"c": "Free what you malloc once you are done with it, and check for a loop that allocates forever."},
    ),
    2: Advice(
        "A shift by a negative amount",
        "`<<` and `>>` on the Engine multiply or divide by a power of 2; a negative count has no meaning.",
        "Check the shift count before shifting.",
    ),
    3: Advice(
        "No pattern matched",
        "A `case`/match met a value that none of its alternatives covers.",
        "Add an alternative for the value (or a catch-all `_`), or check why the value is one you did not "
        "expect.",
    ),
    4: Advice(
        "An exception was never caught",
        "The program raised an exception (or an error was signalled) and no handler caught it, so the run "
        "stopped.",
        "Read the exception's type and message, then fix its cause or catch it where you can recover.",
        {
            "python": "Read the traceback's last line: fix its cause, or wrap the call in `try`/`except` "
            "for that exception.",
            "java": "Fix the cause named by the exception, or catch it with `try { ... } catch (...)`.",
            "lisp": "Fix the cause the condition names, or handle it with `handler-case`.",
        },
    ),
    5: Advice(
        "A bounds check or an assertion failed",
        "An index was outside a string or an array (or an empty one was popped), or an assertion was false.",
        "Check the index against the length (indices run from 0 to length - 1).",
        {
            "python": "Check the index against `len(...)` (indices run from 0 to len - 1).",
            "java": "Check the index against `.length` or `.size()` (0 to length - 1).",
        },
    ),
    6: Advice(
        "A lazy value depends on itself",
        "Evaluating the value needs the value itself, so it can never finish (a `let x = ... x ...`).",
        "Give the definition a base case, or make it depend on an earlier value rather than itself.",
    ),
    7: Advice(
        "A floating-point result that cannot be rounded with certainty",
        "The runtime computes each double exactly as IEEE 754 rounds it. For this call (sin, cos or tan "
        "of a number of 2^16 or more, or a result lying almost exactly halfway between two doubles) it "
        "could not be sure of the last bit, and it stops rather than print a digit that might be wrong.",
        "Reduce the argument first (fmod by a multiple of 2*pi for the trigonometric functions), or "
        "compute the value another way.",
    ),
}

# How a run ended when that end is not a diagnostic nor a trap of the Engine: by RunStatus value.
STATUSES: dict[str, Advice] = {
    "time_limit": Advice(
        "The run took too long on the worker",
        "The worker's clock stopped the run before the Engine's own instruction budget did: the program "
        "does a great deal of work per instruction (large numbers, long strings).",
        "Make the program do less work, or work on smaller values.",
    ),
    "internal_error": Advice(
        "The run failed on our side",
        "This is a fault of the site, not of your program.",
        "Run it again; if it fails again, report it with the program.",
    ),
    "wrong_answer": Advice(
        "The output is not the expected output",
        "The program ran to its end, but what it printed differs from what the test expects.",
        "Compare the two outputs where they first differ (the ^ marks the column), then find the line of "
        "your program that prints that part.",
    ),
    "exit_status": Advice(
        "The program reported a failure",
        "It ran to its end but returned a non-zero exit status, which says that something went wrong.",
        "Find where the program returns or exits with this status, and why.",
        {
            "c": "Find the `return` from main or the `exit(n)` with this value, and why it was reached.",
            "java": "Find the `System.exit(n)` with this value, and why it was reached.",
            "python": "Find the `sys.exit(n)` with this value, and why it was reached.",
        },
    ),
}
