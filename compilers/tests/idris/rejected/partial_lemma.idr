-- A total proof may not use a partial lemma: the lemma is marked partial (it loops), so the proof that
-- calls it is not total (BadCall: "possibly not terminating due to call to", PartialReason in
-- src/Core/TT.idr).
-- error: 11:1: is not total, possibly not terminating due to call to Main.cheat
%default total

partial
cheat : (n : Nat) -> plus n Z = n
cheat n = cheat n

plusZeroRight : (n : Nat) -> plus n Z = n
plusZeroRight n = cheat n

main : IO ()
main = putStrLn "not reached"
