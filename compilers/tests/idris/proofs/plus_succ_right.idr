-- plusSuccRightSucc by induction (its statement as in libs/base/Data/Nat.idr; the proof with cong,
-- like plusReducesS in docs/source/tutorial/theorems.rst). Worked by hand.
-- expect: proved
plusSuccRightSucc : (left : Nat) -> (right : Nat) -> S (left + right) = left + S right
plusSuccRightSucc Z         right = Refl
plusSuccRightSucc (S left)  right = cong S (plusSuccRightSucc left right)

main : IO ()
main = putStrLn "proved"
