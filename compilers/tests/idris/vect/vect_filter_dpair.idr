-- Filtering a Vect gives a length not known in advance: the result is a dependent pair.
-- Show (DPair a p) is "(" ++ show y ++ " ** " ++ show prf ++ ")" (libs/prelude/Prelude/Show.idr).
-- expect: (2 ** [4, 8])
-- expect: [1, 5]
import Data.Vect

evens : Vect n Integer -> (m ** Vect m Integer)
evens [] = (_ ** [])
evens (x :: xs) =
  let (_ ** rest) = evens xs in
      if mod x 2 == 0 then (_ ** x :: rest) else (_ ** rest)

main : IO ()
main = do
  printLn (evens [1, 4, 5, 8])
  let (_ ** odds) = filter (\x => mod x 2 == 1) (the (Vect 4 Integer) [1, 4, 5, 8])
  printLn odds
