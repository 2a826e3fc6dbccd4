-- sym and trans from the Prelude chain equations. Worked by hand.
-- expect: chained
chain : {w, x, y, z : Nat} -> w = x -> x = y -> y = z -> w = z
chain p q r = trans p (trans q r)

backwards : {x, y : Nat} -> x = y -> y = x
backwards p = sym p

both : (x : Nat) -> plus x Z = x -> x = plus x Z
both x p = sym p

main : IO ()
main = putStrLn "chained"
