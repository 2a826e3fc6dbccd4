-- A teaching program's own Maybe (hiding the Prelude's) with its Functor, Applicative, Monad and Foldable
-- instances, parsing digits with do; the Prelude's Maybe through a qualified import, in patterns too.
import Prelude hiding (Maybe (..), maybe)
import qualified Data.Map as M
import qualified Prelude as P

data Maybe a = Nothing | Just a deriving (Show, Eq)

maybe :: b -> (a -> b) -> Maybe a -> b
maybe d _ Nothing = d
maybe _ f (Just x) = f x

instance Functor Maybe where
  fmap _ Nothing = Nothing
  fmap f (Just x) = Just (f x)

instance Applicative Maybe where
  pure = Just
  Just f <*> Just x = Just (f x)
  _ <*> _ = Nothing

instance Monad Maybe where
  Nothing >>= _ = Nothing
  Just x >>= f = f x

instance Foldable Maybe where
  foldr _ z Nothing = z
  foldr f z (Just x) = f x z

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

parseDigit :: Char -> Maybe Int
parseDigit c
  | c >= '0' && c <= '9' = Just (fromEnum c - fromEnum '0')
  | otherwise = Nothing

parseNumber :: String -> Maybe Int
parseNumber [] = Nothing
parseNumber s = go 0 s
  where
    go acc [] = Just acc
    go acc (c : cs) = do
      d <- parseDigit c
      go (acc * 10 + d) cs

lookupM :: Ord k => k -> M.Map k v -> Maybe v
lookupM k m = case M.lookup k m of
  P.Just v -> Just v
  P.Nothing -> Nothing

main :: IO ()
main = do
  print (parseNumber "123", parseNumber "12x", parseNumber "")
  print (parseNumber "84" >>= \n -> safeDiv n 2)
  print (fmap (+ 1) (Just 1), (+) <$> Just 2 <*> Just 3, pure 4 :: Maybe Int)
  print (sum (Just 5), length (Nothing :: Maybe Int), elem 3 (Just 3))
  print (maybe 0 (* 2) (parseNumber "21"))
  let ages = M.fromList [("ann", 31), ("bob", 42)]
  print (lookupM "bob" ages, lookupM "cid" ages)
  print (sum ages, maximum ages, length ages)
-- expect: (Just 123,Nothing,Nothing)
-- expect: Just 42
-- expect: (Just 2,Just 5,Just 4)
-- expect: (5,0,True)
-- expect: 42
-- expect: (Just 42,Nothing)
-- expect: (73,42,2)
