-- A total function may not call a partial one, even one that would terminate on this input: the
-- reason is the call ("possibly not terminating due to call to", PartialReason in src/Core/TT.idr).
-- error: 10:1: is not total, possibly not terminating due to call to Main.loopForever
%default total

partial
loopForever : Nat -> Nat
loopForever n = loopForever n

useIt : Nat -> Nat
useIt n = loopForever n

main : IO ()
main = putStrLn "not reached"
