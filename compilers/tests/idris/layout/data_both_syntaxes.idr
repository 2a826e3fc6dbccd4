-- data in both syntaxes: the short form with | and the GADT form with where. Worked by hand.
-- expect: 2
-- expect: 1
data Colour = Red | Green | Blue

data Shape : Type where
  Circle : Integer -> Shape
  Rect   : Integer -> Integer -> Shape

code : Colour -> Integer
code Red   = 0
code Green = 1
code Blue  = 2

arity : Shape -> Integer
arity (Circle _) = 1
arity (Rect _ _) = 2

main : IO ()
main = do
  printLn (code Blue)
  printLn (arity (Circle 5))
