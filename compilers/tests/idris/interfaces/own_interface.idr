-- An interface declared here with a default method, and two implementations. Worked by hand.
-- expect: 4 sides
-- expect: 3 sides
-- expect: a Square
interface Shape s where
  sides : s -> Nat
  describe : s -> String
  describe x = show (sides x) ++ " sides"

data Square = MkSquare
data Triangle = MkTriangle

Shape Square where
  sides _ = 4
  describe _ = "a Square"

Shape Triangle where
  sides _ = 3

main : IO ()
main = do
  putStrLn (show (sides MkSquare) ++ " sides")
  putStrLn (describe MkTriangle)
  putStrLn (describe MkSquare)
