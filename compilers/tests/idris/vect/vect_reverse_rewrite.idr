-- Reversing a Vect with an accumulator needs the length arithmetic proved: the accumulator grows by
-- one while the input shrinks by one, so the lengths are (S m) + k and m + (S k); plusSuccRightSucc
-- (Data.Nat) turns one into the other with rewrite. Worked by hand.
-- expect: [4, 3, 2, 1]
import Data.Vect
import Data.Nat

revOnto : {m : Nat} -> Vect m a -> Vect k a -> Vect (m + k) a
revOnto {m} acc [] = rewrite plusZeroRightNeutral m in acc
revOnto {m} {k = S j} acc (x :: xs) =
  rewrite sym (plusSuccRightSucc m j) in revOnto (x :: acc) xs

main : IO ()
main = printLn (revOnto [] (the (Vect 4 Integer) [1, 2, 3, 4]))
