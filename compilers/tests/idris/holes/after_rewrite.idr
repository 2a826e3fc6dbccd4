-- A hole after a rewrite shows the rewritten goal (docs/source/tutorial/theorems.rst does this with
-- helpEven_rhs): rewriting S (plus k m) = plus m (S k) with plusComm k m gives
-- S (plus m k) = plus m (S k). Context: k, m : Nat.
-- A hole ?NAME is a part of the program left to write. Idris 2 accepts a file with holes and shows each
-- one's goal on request (":t NAME" prints its context, a line of dashes, then "NAME : GOAL", as in
-- docs/source/tutorial/theorems.rst); the course's checker reports each hole with its goal and context
-- instead of running the program, so the expectation is the goal line.
-- error: 15:44: afterRewrite : S (plus m k) = plus m (S k)
plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight Z     = Refl
plusZeroRight (S k) = cong S (plusZeroRight k)

plusComm : (n, m : Nat) -> plus n m = plus m n
plusComm Z     m = sym (plusZeroRight m)
plusComm (S k) m = rewrite plusComm k m in ?afterRewrite

main : IO ()
main = putStrLn "not reached"
