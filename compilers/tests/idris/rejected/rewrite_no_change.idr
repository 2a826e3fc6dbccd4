-- A rewrite whose left-hand side does not occur in the goal: plus k Z appears nowhere in S k = S k, so
-- the rewrite changes nothing and is refused (wording of RewriteNoChange in src/Idris/Error.idr:
-- "Rewriting by plus k 0 = k did not change type S k = S k.").
-- error: 6:16: did not change type
noChange : (k : Nat) -> plus k Z = k -> S k = S k
noChange k p = rewrite p in Refl

main : IO ()
main = putStrLn "not reached"
