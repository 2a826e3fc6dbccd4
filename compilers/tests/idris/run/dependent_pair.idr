-- A dependent pair (n ** Vect n a), built by a function whose result length is not known in
-- advance. Show (DPair a p) shows "(" ++ show y ++ " ** " ++ show prf ++ ")"
-- (libs/prelude/Prelude/Show.idr), and a Vect shows as its list (libs/base/Data/Vect.idr).
-- expect: (3 ** [1, 2, 3])
-- expect: 2
import Data.Vect

upTo : Nat -> (n ** Vect n Nat)
upTo Z     = (_ ** [])
upTo (S k) = let (_ ** v) = upTo k in (_ ** v ++ [S k])

main : IO ()
main = do
  printLn (upTo 3)
  let (m ** _) = upTo 2
  printLn m
