-- A Show instance written with showsPrec, parenthesising by precedence as derived instances do.
data Expr = Lit Int | Neg Expr | Expr :+ Expr | Expr :* Expr

infixl 6 :+
infixl 7 :*

instance Show Expr where
  showsPrec _ (Lit n) = shows n
  showsPrec p (Neg e) = showParen (p > 9) (showString "-" . showsPrec 10 e)
  showsPrec p (a :+ b) = showParen (p > 6) (showsPrec 6 a . showString " + " . showsPrec 7 b)
  showsPrec p (a :* b) = showParen (p > 7) (showsPrec 7 a . showString " * " . showsPrec 8 b)

main :: IO ()
main = do
  print (Lit 1 :+ Lit 2 :* Lit 3)
  print ((Lit 1 :+ Lit 2) :* Lit 3)
  print (Lit 1 :+ (Lit 2 :+ Lit 3))
  print (Neg (Lit 4 :+ Lit 5) :* Neg (Lit 6))
  print [Just (Lit 7 :* Lit 8)]
-- expect: 1 + 2 * 3
-- expect: (1 + 2) * 3
-- expect: 1 + (2 + 3)
-- expect: -(4 + 5) * -6
-- expect: [Just (7 * 8)]
