-- A hole in an ordinary function: the goal is the result type, Nat. Context: n : Nat.
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 8:12: double_rhs : Nat
double : Nat -> Nat
double n = ?double_rhs

main : IO ()
main = printLn (double 2)
