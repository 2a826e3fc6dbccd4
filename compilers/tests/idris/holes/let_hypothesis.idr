-- The induction hypothesis named with let, and a hole for the rest: the context lists k : Nat and
-- ih : plus k 0 = k; the goal is S (plus k 0) = S k.
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 12:7: useIt : S (plus k 0) = S k
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z     = Refl
plusZeroRight (S k) =
  let ih = plusZeroRight k in
      ?useIt

main : IO ()
main = putStrLn "not reached"
