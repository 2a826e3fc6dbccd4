-- Derived Show for infix constructors uses the declared fixity to place parentheses (as GHC 9.0.2).
infixr 5 :+:
data E = L Int | E :+: E deriving Show

infixl 6 :*
data T = T Int | T :* T deriving Show

data Op = Int `Plus` Int deriving Show

-- A constructor in backquotes between type variables (it was a parse error).
infixr 5 `Then`
data Steps a = a `Then` Steps a | Done deriving Show

main :: IO ()
main = do
  print (L 1 :+: L 2)
  print (L 1 :+: (L 2 :+: L 3))
  print ((L 1 :+: L 2) :+: L 3)
  print (T 1 :* T 2 :* T 3)
  print (T 1 :* (T 2 :* T 3))
  print (Just (L (-1) :+: L 2))
  print (3 `Plus` 4)
  print [L 0 :+: L 0]
  print (1 `Then` (-2) `Then` Done, Just ('a' `Then` Done))
-- expect: L 1 :+: L 2
-- expect: L 1 :+: (L 2 :+: L 3)
-- expect: (L 1 :+: L 2) :+: L 3
-- expect: (T 1 :* T 2) :* T 3
-- expect: T 1 :* (T 2 :* T 3)
-- expect: Just (L (-1) :+: L 2)
-- expect: 3 `Plus` 4
-- expect: [L 0 :+: L 0]
-- expect: (1 `Then` (-2 `Then` Done),Just ('a' `Then` Done))
