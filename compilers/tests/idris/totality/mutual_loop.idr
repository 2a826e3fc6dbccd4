-- Two total functions that call each other with the same argument never get smaller: Idris 2 reports the
-- path through both ("possibly not terminating due to recursive path", PartialReason in
-- src/Core/TT.idr; the mutual even/odd of docs/source/tutorial/typesfuns.rst is the accepted kind).
-- error: 8:3: is not total, possibly not terminating due to recursive path Main.ping -> Main.pong -> Main.ping
-- error: 12:3: is not total, possibly not terminating due to recursive path Main.pong -> Main.ping -> Main.pong
mutual
  total
  ping : Nat -> Nat
  ping n = pong n

  total
  pong : Nat -> Nat
  pong n = ping n

main : IO ()
main = printLn (ping 1)
