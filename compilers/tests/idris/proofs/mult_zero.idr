-- mult n Z = Z by induction: mult (S k) Z reduces to plus Z (mult k Z), which is mult k Z.
-- Worked by hand.
-- expect: 0
multZeroRight : (n : Nat) -> mult n Z = Z
multZeroRight Z     = Refl
multZeroRight (S k) = multZeroRight k

main : IO ()
main = printLn (mult 7 0)
