-- A tiny expression parser and evaluator with Either errors, reading lines from stdin.
import Data.Char (isDigit, isSpace)

data Tok = TNum Double | TOp Char | TL | TR deriving (Show, Eq)

tokens :: String -> Either String [Tok]
tokens [] = Right []
tokens (c:cs)
  | isSpace c = tokens cs
  | isDigit c = let (d, rest) = span (\x -> isDigit x || x == '.') (c:cs)
                in (TNum (read d) :) <$> tokens rest
  | c `elem` "+-*/" = (TOp c :) <$> tokens cs
  | c == '(' = (TL :) <$> tokens cs
  | c == ')' = (TR :) <$> tokens cs
  | otherwise = Left ("bad character " ++ show c)

expr :: [Tok] -> Either String (Double, [Tok])
expr ts = term ts >>= uncurry go
  where go v (TOp o : rest) | o `elem` "+-" = do
          (w, rest') <- term rest
          go (if o == '+' then v + w else v - w) rest'
        go v rest = Right (v, rest)

term :: [Tok] -> Either String (Double, [Tok])
term ts = factor ts >>= uncurry go
  where go v (TOp o : rest) | o `elem` "*/" = do
          (w, rest') <- factor rest
          if o == '/' && w == 0 then Left "division by zero" else go (if o == '*' then v * w else v / w) rest'
        go v rest = Right (v, rest)

factor :: [Tok] -> Either String (Double, [Tok])
factor (TNum n : rest) = Right (n, rest)
factor (TOp '-' : rest) = do { (v, r) <- factor rest; return (negate v, r) }
factor (TL : rest) = do
  (v, r) <- expr rest
  case r of
    (TR : r') -> Right (v, r')
    _ -> Left "missing )"
factor ts = Left ("unexpected " ++ show (take 1 ts))

evalLine :: String -> String
evalLine l = case tokens l >>= expr of
  Left e -> "error: " ++ e
  Right (v, []) -> show v
  Right (_, extra) -> "error: trailing " ++ show extra

main :: IO ()
main = interact (unlines . map evalLine . lines)
-- stdin: 1 + 2 * 3
-- stdin: (1 + 2) * 3 / 4
-- stdin: -2.5 * -(4 - 6)
-- stdin: 1 / 0
-- stdin: 2 * (3 + 4
-- stdin: 7 % 2
-- stdin: 0.1 + 0.2
-- stdin: 3 4
-- expect: 7.0
-- expect: 2.25
-- expect: -5.0
-- expect: error: division by zero
-- expect: error: missing )
-- expect: error: bad character '%'
-- expect: 0.30000000000000004
-- expect: error: trailing [TNum 4.0]
