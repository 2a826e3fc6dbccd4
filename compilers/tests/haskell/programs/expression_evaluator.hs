-- A tiny expression language: a tokenizer, a recursive-descent parser, and an evaluator.
import Data.Char (isDigit, isSpace)

data Expr = Lit Integer | Add Expr Expr | Sub Expr Expr | Mul Expr Expr | Div Expr Expr
  deriving Show

data Token = TNum Integer | TOp Char | TOpen | TClose deriving (Show, Eq)

tokenize :: String -> [Token]
tokenize [] = []
tokenize (c : cs)
  | isSpace c = tokenize cs
  | isDigit c = let (ds, rest) = span isDigit (c : cs) in TNum (read ds) : tokenize rest
  | c == '(' = TOpen : tokenize cs
  | c == ')' = TClose : tokenize cs
  | otherwise = TOp c : tokenize cs

-- expr := term (('+' | '-') term)*;  term := factor (('*' | '/') factor)*
expr :: [Token] -> (Expr, [Token])
expr ts = let (t, rest) = term ts in go t rest
  where
    go acc (TOp '+' : rest) = let (t, rest') = term rest in go (Add acc t) rest'
    go acc (TOp '-' : rest) = let (t, rest') = term rest in go (Sub acc t) rest'
    go acc rest = (acc, rest)

term :: [Token] -> (Expr, [Token])
term ts = let (f, rest) = factor ts in go f rest
  where
    go acc (TOp '*' : rest) = let (f, rest') = factor rest in go (Mul acc f) rest'
    go acc (TOp '/' : rest) = let (f, rest') = factor rest in go (Div acc f) rest'
    go acc rest = (acc, rest)

factor :: [Token] -> (Expr, [Token])
factor (TNum n : rest) = (Lit n, rest)
factor (TOpen : rest) = case expr rest of
  (e, TClose : rest') -> (e, rest')
  _ -> error "expected )"
factor ts = error ("unexpected " ++ show (take 1 ts))

eval :: Expr -> Integer
eval (Lit n) = n
eval (Add a b) = eval a + eval b
eval (Sub a b) = eval a - eval b
eval (Mul a b) = eval a * eval b
eval (Div a b) = eval a `div` eval b

main :: IO ()
main = mapM_ run ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5", "10 - 4 - 3"]
  where
    run s = do
      let (e, _) = expr (tokenize s)
      print e
      putStrLn (s ++ " = " ++ show (eval e))
-- expect: Add (Lit 1) (Mul (Lit 2) (Lit 3))
-- expect: 1 + 2 * 3 = 7
-- expect: Mul (Add (Lit 1) (Lit 2)) (Lit 3)
-- expect: (1 + 2) * 3 = 9
-- expect: Sub (Div (Lit 100) (Lit 7)) (Lit 2)
-- expect: 100 / 7 - 2 = 12
-- expect: Mul (Mul (Lit 2) (Add (Lit 3) (Lit 4))) (Lit 5)
-- expect: 2 * (3 + 4) * 5 = 70
-- expect: Sub (Sub (Lit 10) (Lit 4)) (Lit 3)
-- expect: 10 - 4 - 3 = 3
