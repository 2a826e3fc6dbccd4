-- The step case of plusZeroRight with the induction hypothesis replaced by a hole under cong S: the
-- hole's goal is the hypothesis itself (docs/source/tutorial/theorems.rst's plusReducesZ shows the
-- same for the reversed statement: "help : k = (plus k Z)"). Context: k : Nat.
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 11:30: help : plus k 0 = k
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z     = Refl
plusZeroRight (S k) = cong S ?help

main : IO ()
main = putStrLn "not reached"
