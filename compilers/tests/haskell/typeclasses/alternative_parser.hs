-- Control.Applicative's Alternative for a newtype parser: many and some are defined by each other, which
-- terminates because matching a newtype's constructor does not evaluate the value (a JSON reader).
import Control.Applicative
import Data.Char (isDigit, isSpace, isAlpha)

newtype Parser a = Parser { runParser :: String -> Maybe (a, String) }

instance Functor Parser where
  fmap f (Parser p) = Parser $ \s -> do
    (a, rest) <- p s
    return (f a, rest)

instance Applicative Parser where
  pure x = Parser $ \s -> Just (x, s)
  Parser pf <*> Parser pa = Parser $ \s -> do
    (f, r1) <- pf s
    (a, r2) <- pa r1
    return (f a, r2)

instance Monad Parser where
  Parser p >>= f = Parser $ \s -> do
    (a, r) <- p s
    runParser (f a) r

instance Alternative Parser where
  empty = Parser (const Nothing)
  Parser p <|> Parser q = Parser $ \s -> case p s of
    Nothing -> q s
    r -> r

satisfy :: (Char -> Bool) -> Parser Char
satisfy pr = Parser f
  where f (c : cs) | pr c = Just (c, cs)
        f _ = Nothing

char :: Char -> Parser Char
char c = satisfy (== c)

spaces :: Parser ()
spaces = () <$ many (satisfy isSpace)

lexeme :: Parser a -> Parser a
lexeme p = p <* spaces

number :: Parser Int
number = lexeme (read <$> some (satisfy isDigit))

symbol :: Char -> Parser Char
symbol = lexeme . char

data Json = JNull | JBool Bool | JNum Int | JStr String | JArr [Json] | JObj [(String, Json)]
  deriving Show

json :: Parser Json
json = JNull <$ keyword "null"
   <|> JBool True <$ keyword "true"
   <|> JBool False <$ keyword "false"
   <|> JNum <$> number
   <|> JStr <$> str
   <|> JArr <$> (symbol '[' *> sepBy json (symbol ',') <* symbol ']')
   <|> JObj <$> (symbol '{' *> sepBy pair (symbol ',') <* symbol '}')
  where pair = (,) <$> str <* symbol ':' <*> json

keyword :: String -> Parser String
keyword w = lexeme (traverse char w)

str :: Parser String
str = lexeme (char '"' *> many (satisfy (/= '"')) <* char '"')

sepBy :: Parser a -> Parser b -> Parser [a]
sepBy p sep = sepBy1 p sep <|> pure []

sepBy1 :: Parser a -> Parser b -> Parser [a]
sepBy1 p sep = (:) <$> p <*> many (sep *> p)

main :: IO ()
main = do
  print (runParser number "42 rest")
  print (runParser (many (symbol 'a')) "a a ab")
  print (runParser (some (symbol 'x')) "abc")
  print (runParser json "{\"a\": [1, 2, null], \"b\": true, \"c\": {\"d\": \"e\"}}")
  print (runParser json "[1, 2,")
  print (Just 1 <|> Nothing, Nothing <|> Just 2, empty :: Maybe Int, [1, 2] <|> [3])
  print (liftA2 (+) (Just 3) (Just 4))
  print (optional (Just 3), optional (Nothing :: Maybe Int))
-- expect: Just (42,"rest")
-- expect: Just ("aaa","b")
-- expect: Nothing
-- expect: Just (JObj [("a",JArr [JNum 1,JNum 2,JNull]),("b",JBool True),("c",JObj [("d",JStr "e")])],"")
-- expect: Nothing
-- expect: (Just 1,Just 2,Nothing,[1,2,3])
-- expect: Just 7
-- expect: (Just (Just 3),Just Nothing)
