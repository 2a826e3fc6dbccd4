-- The whole step case as a hole: its goal is the statement for S k after plus computes one step,
-- S (plus k 0) = S k (Z shown as 0). Context: k : Nat.
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 10:23: step : S (plus k 0) = S k
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z     = Refl
plusZeroRight (S k) = ?step

main : IO ()
main = putStrLn "not reached"
