-- A parser with its own MonadFail instance: a failed pattern in do (True <- ..., [a, b] <- ...) is its fail.
import Data.Char (isDigit, isSpace)

newtype Parser a = Parser { parse :: String -> [(a, String)] }

instance Functor Parser where
  fmap f p = Parser (\s -> [(f a, r) | (a, r) <- parse p s])

instance Applicative Parser where
  pure x = Parser (\s -> [(x, s)])
  pf <*> pa = Parser (\s -> [(f a, r2) | (f, r1) <- parse pf s, (a, r2) <- parse pa r1])

instance Monad Parser where
  p >>= f = Parser (\s -> concat [parse (f a) r | (a, r) <- parse p s])

instance MonadFail Parser where
  fail _ = Parser (const [])

item :: Parser Char
item = Parser (\s -> case s of { [] -> []; (c : cs) -> [(c, cs)] })

(<|>) :: Parser a -> Parser a -> Parser a
p <|> q = Parser (\s -> case parse p s of { [] -> parse q s; r -> r })
infixl 3 <|>

many1, many0 :: Parser a -> Parser [a]
many1 p = do { x <- p; xs <- many0 p; return (x : xs) }
many0 p = many1 p <|> return []

digit :: Parser Char
digit = do
  c <- item
  if isDigit c then return c else fail "not a digit"

char :: Char -> Parser Char
char c = do
  c' <- item
  True <- return (c == c')
  return c

spaces :: Parser ()
spaces = () <$ many0 (do { ' ' <- item; return ' ' })

token :: Parser a -> Parser a
token p = p <* spaces

int :: Parser Int
int = token (read <$> many1 digit)

listP :: Parser [Int]
listP = do
  _ <- token (char '[')
  first <- int
  rest <- many0 (token (char ',') *> int)
  _ <- token (char ']')
  return (first : rest)

pairOfDigits :: Parser (Char, Char)
pairOfDigits = do
  [a, b] <- many1 digit
  return (a, b)

main :: IO ()
main = do
  print (parse int "123 rest")
  print (parse listP "[1, 22 ,333]!")
  print (parse listP "[1,]")
  print (parse pairOfDigits "42x", parse pairOfDigits "421")
  print (parse (char 'a' <|> char 'b') "bcd")
  let Just (x : _) = Just [parse spaces "   z"]
  print x
-- expect: [(123,"rest")]
-- expect: [([1,22,333],"!")]
-- expect: []
-- expect: ([(('4','2'),"x")],[])
-- expect: [('b',"cd")]
-- expect: [((),"z")]
