-- Eq for a recursive user type, written by pattern matching with a catch-all. Worked by hand.
-- expect: True
-- expect: False
data Unary = Zero | Succ Unary

Eq Unary where
  Zero     == Zero     = True
  (Succ a) == (Succ b) = a == b
  _        == _        = False

main : IO ()
main = do
  printLn (Succ (Succ Zero) == Succ (Succ Zero))
  printLn (Succ Zero == Zero)
